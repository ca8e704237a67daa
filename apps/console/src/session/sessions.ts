import { Inject, Injectable } from '@nestjs/common';
import { CONSOLE_SETTINGS, ConsoleSettings } from '../config/console.settings';
import { ConsoleReply, ConsoleRequest } from '../http/console-request';
import { parseCookies, serializeCookie } from '../http/cookies';
import { pickLanguage } from '../i18n/languages';
import { Session, SignedInUser } from './session';
import { RevokedSessions } from './revoked-sessions';
import { SessionSeal } from './session-seal';

export const SESSION_COOKIE = 'redress_console';
export const LANGUAGE_COOKIE = 'redress_lang';

/** Reads the session from its cookie (starting one for a new visitor) and writes it back when it changes. */
@Injectable()
export class Sessions {
  private readonly seal: SessionSeal;

  constructor(
    @Inject(CONSOLE_SETTINGS) private readonly settings: ConsoleSettings,
    private readonly revoked: RevokedSessions,
  ) {
    this.seal = new SessionSeal(settings.sessionSecret);
  }

  /** Gives the request its session and language, once. */
  attach(request: ConsoleRequest, reply: ConsoleReply): void {
    if (request.session) return;
    const cookies = parseCookies(request.headers.cookie);
    const header = request.headers['accept-language'];
    request.language = pickLanguage(cookies[LANGUAGE_COOKIE], typeof header === 'string' ? header : undefined);
    request.session = (cookies[SESSION_COOKIE] && this.seal.open(cookies[SESSION_COOKIE])) || this.start(reply, null);
  }

  /**
   * A signed-in session that was signed out (a copy of its cookie, kept or stolen) becomes a new signed-out one.
   * The nonce is the session's id: random, sealed inside the cookie, and replaced at every sign-in and sign-out.
   */
  async dropRevoked(request: ConsoleRequest, reply: ConsoleReply): Promise<void> {
    if (request.session.user && (await this.revoked.isRevoked(request.session.nonce)))
      request.session = this.start(reply, null);
  }

  /** Signs out: this session ends on every replica (and for every copy of its cookie), and a signed-out one starts. */
  async end(request: ConsoleRequest, reply: ConsoleReply): Promise<void> {
    if (request.session.user) await this.revoked.revoke(request.session.nonce, request.session.expiresAt);
    request.session = this.start(reply, null);
  }

  /** A new session (new nonce, so old CSRF tokens die with the old one) for this person, or for nobody. */
  start(reply: ConsoleReply, user: SignedInUser | null): Session {
    const session: Session = {
      nonce: SessionSeal.newNonce(),
      user,
      expiresAt: Date.now() + this.settings.sessionTtlMs,
    };
    reply.header(
      'set-cookie',
      serializeCookie(SESSION_COOKIE, this.seal.seal(session), {
        maxAgeSeconds: Math.floor(this.settings.sessionTtlMs / 1000),
        httpOnly: true,
        secure: this.settings.secureCookies,
      }),
    );
    return session;
  }

  csrfToken(session: Session): string {
    return this.seal.csrfToken(session);
  }

  checkCsrf(session: Session, token: unknown): boolean {
    return this.seal.checkCsrf(session, token);
  }

  languageCookie(language: string): string {
    return serializeCookie(LANGUAGE_COOKIE, language, {
      maxAgeSeconds: 365 * 24 * 3600,
      httpOnly: true,
      secure: this.settings.secureCookies,
    });
  }
}
