// reply.view() comes from @fastify/view, registered by setViewEngine in main.ts.
import type {} from '@fastify/view';
import { Injectable } from '@nestjs/common';
import { EN, MessageKey } from '../i18n/messages.en';
import { LANGUAGES } from '../i18n/languages';
import { translator } from '../i18n/translate';
import { SignedInUser } from '../session/session';
import { Sessions } from '../session/sessions';
import { ConsoleReply, ConsoleRequest } from './console-request';

/** The links in the header, by role: each person sees the pages of their own job. */
const NAVIGATION: Record<SignedInUser['role'], { href: string; label: MessageKey; headsOnly?: boolean }[]> = {
  member: [
    { href: '/committee', label: 'nav.agenda' },
    { href: '/trends', label: 'nav.trends' },
    { href: '/complaints', label: 'nav.find' },
    { href: '/roster', label: 'nav.roster' },
    { href: '/notices', label: 'nav.notices' },
  ],
  owner: [
    { href: '/assignments', label: 'nav.assignments' },
    { href: '/callbacks', label: 'nav.callbacks' },
    { href: '/late', label: 'nav.late' },
    // Reports are for department heads (level 2 and up); escalation refuses anyone else.
    { href: '/reports', label: 'nav.reports', headsOnly: true },
    { href: '/complaints', label: 'nav.find' },
    { href: '/departments', label: 'nav.departments' },
    { href: '/notices', label: 'nav.notices' },
  ],
  supervisor: [
    { href: '/review', label: 'nav.review' },
    { href: '/what-if', label: 'nav.whatIf' },
    { href: '/reports', label: 'nav.reports' },
    { href: '/late', label: 'nav.late' },
    { href: '/playbooks', label: 'nav.playbooks' },
    { href: '/notices', label: 'nav.notices' },
  ],
  ops: [{ href: '/dead-letters', label: 'nav.deadLetters' }],
  admin: [{ href: '/client-systems', label: 'nav.clientSystems' }],
  'notifier-admin': [{ href: '/people', label: 'nav.people' }],
  'escalation-admin': [
    { href: '/departments', label: 'nav.departments' },
    { href: '/late', label: 'nav.late' },
  ],
};

/** Renders a page inside the layout with what every page needs: texts, the person, the CSRF token, a notice. */
@Injectable()
export class Pages {
  constructor(private readonly sessions: Sessions) {}

  render(
    request: ConsoleRequest,
    reply: ConsoleReply,
    view: string,
    title: string,
    model: object = {},
    status = 200,
  ): ConsoleReply {
    this.sessions.attach(request, reply);
    const t = translator(request.language);
    const user = request.session.user;
    const path = request.url.split('?')[0];
    const done = (request.query as Record<string, unknown> | undefined)?.done;
    const notice = typeof done === 'string' && `done.${done}` in EN ? t(`done.${done}` as MessageKey) : null;
    const returnTo = encodeURIComponent(request.method === 'GET' ? request.url : path);
    return reply
      .status(status)
      .header('cache-control', 'no-store')
      .view(`${view}.hbs`, {
        ...model,
        page: {
          title,
          t,
          language: request.language,
          languages: LANGUAGES.map((code) => ({
            code,
            current: code === request.language,
            href: `/language/${code}?next=${returnTo}`,
          })),
          user: user && { ...user, token: undefined, roleText: roleText(t, user) },
          navigation: user
            ? NAVIGATION[user.role]
                .filter((link) => !link.headsOnly || (user.level ?? 0) >= 2)
                .map(({ headsOnly: _, ...link }) => ({
                  ...link,
                  label: t(link.label),
                  current: path.startsWith(link.href),
                }))
            : [],
          csrf: this.sessions.csrfToken(request.session),
          notice,
        },
      });
  }
}

function roleText(t: ReturnType<typeof translator>, user: SignedInUser): string {
  if (user.role === 'member') return t(user.chair ? 'role.chair' : 'role.member');
  if (user.role === 'owner') return t('role.owner', { level: user.level, department: user.department });
  if (user.role === 'ops') return t('role.ops');
  if (user.role === 'admin') return t('role.admin');
  if (user.role === 'notifier-admin') return t('role.notifierAdmin');
  if (user.role === 'escalation-admin') return t('role.escalationAdmin');
  return t('role.supervisor');
}
