import { Env, readBaseUrl } from './env';

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
    escalation: readBaseUrl(env, 'ESCALATION_URL', 'http://127.0.0.1:3002'),
    notifier: readBaseUrl(env, 'NOTIFIER_URL', 'http://127.0.0.1:3003'),
  };
}
