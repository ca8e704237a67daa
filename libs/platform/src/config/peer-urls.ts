import { Env } from './env';

/** Where a service reaches the others' public routes, to ask who a bearer token belongs to (reports). */
export interface PeerUrls {
  /** ESCALATION_URL: `GET /owners/me` names an owner's department and level. */
  escalation: string;
  /** NOTIFIER_URL: `GET /supervisors/me` names a supervisor. */
  notifier: string;
}

/** ESCALATION_URL and NOTIFIER_URL, set by the operator (never by a client); local ports by default. */
export function readPeerUrls(env: Env): PeerUrls {
  return {
    escalation: readHttpUrl(env, 'ESCALATION_URL', 'http://127.0.0.1:3002'),
    notifier: readHttpUrl(env, 'NOTIFIER_URL', 'http://127.0.0.1:3003'),
  };
}

function readHttpUrl(env: Env, name: string, fallback: string): string {
  const text = env[name] ?? fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`setting ${name}: "${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`setting ${name}: use an http(s) URL`);
  return text.replace(/\/+$/, '');
}
