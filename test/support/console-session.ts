import { Credential } from './route-fuzz';

/** Signs in to the console with a token, as the sign-in form does, and returns the session's cookie and CSRF token. */
export async function consoleSession(consoleUrl: string, token: string, home: string): Promise<Credential> {
  const form = await fetch(`${consoleUrl}/sign-in`);
  const visitor = sessionCookie(form.headers);
  const signIn = await fetch(`${consoleUrl}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: visitor, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ token, _csrf: csrfOf(await form.text()) }).toString(),
  });
  if (signIn.status !== 303) throw new Error(`signing in to the console failed: ${signIn.status}`);
  const cookie = sessionCookie(signIn.headers);
  const page = await fetch(`${consoleUrl}${home}`, { headers: { cookie } });
  return { kind: 'session', cookie, csrf: csrfOf(await page.text()) };
}

function sessionCookie(headers: Headers): string {
  const cookie = headers.getSetCookie().find((value) => value.startsWith('redress_console='));
  if (!cookie) throw new Error('the console set no session cookie');
  return cookie.split(';')[0];
}

function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('the console page has no CSRF token');
  return match[1];
}
