import { randomUUID } from 'node:crypto';

/** How a route is called by someone allowed to: the fuzz sends these so it gets past the 401 to the validation. */
export type Credential =
  | { kind: 'bearer'; token: string }
  | { kind: 'api-key'; key: string }
  /** A signed-in console session: its cookie, and the CSRF token its forms carry. */
  | { kind: 'session'; cookie: string; csrf: string };

export interface FuzzRoute {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** With `:name` for each path parameter; the fuzz fills in a fresh UUID where it does not break one on purpose. */
  path: string;
  auth: Credential | null;
  /** Query parameters the route validates, each with values it must refuse. */
  query?: Record<string, string[]>;
  /** A valid body, for routes that take one: its fields get broken one at a time. */
  body?: Record<string, unknown>;
  /** Values each body field must refuse, beyond the generic ones. */
  badFields?: Record<string, unknown[]>;
  /** Forms instead of JSON (the console). */
  form?: boolean;
}

export interface FuzzRequest {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

const uuidCursor = (key: unknown) => Buffer.from(JSON.stringify(key)).toString('base64url');

/** `limit` and `cursor` of every paged list, with values each must refuse. */
export const PAGE_QUERY: Record<string, string[]> = {
  limit: ['0', '-1', '201', '1e3', 'abc', '', '1.5', '99999999999999999999', '0x10'],
  cursor: [
    'not-a-cursor',
    uuidCursor(['2026-11-23T10:00:00.000Z']),
    uuidCursor(['-100000-01-01T00:00:00.000Z', randomUUID()]),
    uuidCursor(['2026-02-31T00:00:00.000Z', randomUUID()]),
    uuidCursor(['1', randomUUID()]),
    uuidCursor(['2026-11-23T10:00:00.000Z', '../../etc/passwd']),
    uuidCursor([2 ** 40, '2026-11-23T10:00:00.000Z', randomUUID()]),
    uuidCursor([-1, '2026-11-23T10:00:00.000Z', randomUUID()]),
    uuidCursor(['a\u0000b']),
    uuidCursor({ at: 1 }),
    'x'.repeat(600),
  ],
};

/** Path parameters that are not ids: not UUIDs, huge, unicode, traversal, undecodable, encoded NUL. */
const BAD_PARAMS = [
  'not-a-uuid',
  '1',
  '-1',
  '1e308',
  'x'.repeat(3000),
  encodeURIComponent('😡'),
  encodeURIComponent('жалоба'),
  // Not `%2e%2e`: fetch resolves it as `..` before sending, as browsers do.
  '..%2F..%2Fetc%2Fpasswd',
  '%ED%A0%80',
  '%FF',
  '%00',
  `${randomUUID()}x`,
  `${randomUUID()}%00`,
  "'%20OR%201=1--",
];
const BAD_AUTH: (string | undefined)[] = [
  undefined,
  '',
  'Bearer',
  'Bearer ',
  'Basic dXNlcjpwYXNz',
  `Bearer ${'x'.repeat(5000)}`,
  'Bearer rk_unknown',
  'Bearer a b',
  'Bearer \u00e9',
];
const BAD_API_KEYS: (string | undefined)[] = [undefined, '', 'rk_unknown', 'x'.repeat(500)];
const BAD_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'image/png',
];
const NOT_SCALARS: unknown[] = [{ a: 1 }, [{}], [['x']]];

/**
 * One request for `route` that must be refused with a 4xx, chosen by `random` (seeded, so a failure replays):
 * a broken path parameter, query value, credential, header or body.
 */
export function fuzzRequest(route: FuzzRoute, random: () => number): FuzzRequest {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const params = [...route.path.matchAll(/:(\w+)/g)].map((match) => match[1]);
  const takesBody = route.method === 'POST' || route.method === 'PUT';
  const mutations: (() => FuzzRequest)[] = [
    () =>
      request(route, 'undecodable query', {
        query: `${pick(['x', ...Object.keys(route.query ?? {})])}=${pick(['%ED%A0%80', '%FF', '%E2%82', '%'])}`,
      }),
    () =>
      request(route, 'huge header', { headers: { 'x-filler': 'a'.repeat(20_000 + Math.floor(random() * 10_000)) } }),
  ];
  if (params.length > 0)
    mutations.push(() => request(route, 'bad path parameter', { params: { [pick(params)]: pick(BAD_PARAMS) } }));
  if (route.query) {
    // The console reads the parameters it knows and ignores the rest; the services refuse what they do not know.
    if (!route.form)
      mutations.push(() =>
        request(route, 'unknown query parameter', { query: `unexpected${Math.floor(random() * 100)}=1` }),
      );
    const names = Object.keys(route.query);
    if (names.length > 0) {
      mutations.push(() => {
        const name = pick(names);
        return request(route, `bad ${name}`, {
          query: `${name}=${encodeURIComponent(pick(route.query?.[name] ?? []))}`,
        });
      });
      mutations.push(() => {
        const name = pick(names);
        return request(route, 'repeated parameter', { query: `${name}=1&${name}=2` });
      });
    }
  }
  if (route.auth?.kind === 'bearer')
    mutations.push(() => request(route, 'bad token', { authorization: pick(BAD_AUTH) }));
  if (route.auth?.kind === 'api-key')
    mutations.push(() => request(route, 'bad api key', { apiKey: pick(BAD_API_KEYS) }));
  if (route.auth?.kind === 'session')
    mutations.push(() =>
      request(route, 'no session', {
        cookie: pick(['', 'redress_session=forged', `redress_session=${'x'.repeat(4000)}`]),
      }),
    );
  if (takesBody) mutations.push(...bodyMutations(route, random, pick));
  return pick(mutations)();
}

function bodyMutations(
  route: FuzzRoute,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
): (() => FuzzRequest)[] {
  const raw = (
    kind: string,
    body: string | Buffer,
    contentType = route.form ? 'application/x-www-form-urlencoded' : 'application/json',
  ) => request(route, kind, { body, contentType });
  const randomBytes = () =>
    Buffer.from(Array.from({ length: 1 + Math.floor(random() * 200) }, () => Math.floor(random() * 256)));
  const cesu = Buffer.from([0xed, 0xa0, 0x80]);
  const mutations: (() => FuzzRequest)[] = [
    () =>
      raw(
        'content type',
        route.form ? 'a=1' : '{}',
        pick(
          route.form
            ? ['application/json', ...BAD_CONTENT_TYPES]
            : ['application/x-www-form-urlencoded', ...BAD_CONTENT_TYPES],
        ),
      ),
    () => raw('oversized', route.form ? `a=${'x'.repeat(70_000)}` : JSON.stringify({ text: 'x'.repeat(70_000) })),
    () =>
      raw(
        'raw lone surrogate',
        Buffer.concat([Buffer.from(route.form ? 'a=' : '{"a":"'), cesu, Buffer.from(route.form ? '' : '"}')]),
      ),
  ];
  if (route.form) {
    mutations.push(
      () =>
        raw(
          'encoded lone surrogate',
          `${pick(['_csrf', 'token', 'note', 'cause'])}=${pick(['%ED%A0%80', '%ED%B0%80', '%FF', '%E2%82'])}`,
        ),
      () => raw('undecodable form bytes', randomBytes()),
    );
    return mutations;
  }
  const body = route.body ?? {};
  const fields = Object.keys(body);
  const escaped = (value: unknown) =>
    JSON.stringify(value).replace(/"__LONE__"/g, pick(['"\\ud800"', '"a\\udfff"', '"\\ud83d\\ud83d"']));
  mutations.push(
    () => raw('empty body', ''),
    () => raw('broken JSON', JSON.stringify(body).slice(0, Math.floor(random() * 40))),
    () => raw('random bytes', randomBytes()),
    () => raw('escaped lone surrogate', escaped({ ...body, [pick([...fields, 'extra'])]: '__LONE__' })),
    () => raw('lone surrogate key', JSON.stringify(body).replace(/^\{/, `{"k\\udc00":1${fields.length ? ',' : ''}`)),
    () => raw('NUL', JSON.stringify({ ...body, [pick([...fields, 'extra'])]: 'a\u0000b' })),
    () => {
      const depth = 20 + Math.floor(random() * 500);
      return raw('deep nesting', `{"a":${'['.repeat(depth)}${']'.repeat(depth)}}`);
    },
  );
  if (route.body) {
    mutations.push(
      () => raw('not an object', JSON.stringify(pick([[], [body], 42, 'text', null, true]))),
      () => raw('unknown field', JSON.stringify({ ...body, [`unexpected${Math.floor(random() * 100)}`]: 1 })),
      () => raw('field replaced', JSON.stringify({ ...body, [pick(fields)]: pick(NOT_SCALARS) })),
    );
    const bad = Object.entries(route.badFields ?? {});
    if (bad.length > 0) {
      mutations.push(() => {
        const [field, values] = pick(bad);
        return raw(`bad ${field}`, JSON.stringify({ ...body, [field]: pick(values) }));
      });
    }
  }
  return mutations;
}

interface Changes {
  params?: Record<string, string>;
  query?: string;
  headers?: Record<string, string>;
  /** Replaces the route's Authorization header (undefined: none). */
  authorization?: string;
  apiKey?: string;
  /** Replaces the session cookie. */
  cookie?: string;
  body?: string | Buffer;
  contentType?: string;
}

function request(route: FuzzRoute, kind: string, changes: Changes): FuzzRequest {
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => changes.params?.[name] ?? randomUUID());
  const headers: Record<string, string> = { ...changes.headers };
  const auth = route.auth;
  if (auth?.kind === 'bearer') {
    const value = 'authorization' in changes ? changes.authorization : `Bearer ${auth.token}`;
    if (value !== undefined) headers.authorization = value;
  } else if (auth?.kind === 'api-key') {
    const value = 'apiKey' in changes ? changes.apiKey : auth.key;
    if (value !== undefined) headers['x-api-key'] = value;
  } else if (auth?.kind === 'session') {
    const value = changes.cookie ?? auth.cookie;
    if (value) headers.cookie = value;
  }
  let body = changes.body;
  if (body === undefined && (route.method === 'POST' || route.method === 'PUT')) {
    body = route.form
      ? `_csrf=${encodeURIComponent(auth?.kind === 'session' ? auth.csrf : '')}`
      : JSON.stringify(route.body ?? {});
  }
  if (body !== undefined)
    headers['content-type'] =
      changes.contentType ?? (route.form ? 'application/x-www-form-urlencoded' : 'application/json');
  return { kind, method: route.method, path: changes.query ? `${path}?${changes.query}` : path, headers, body };
}

export interface FuzzOutcome {
  kind: string;
  method: string;
  path: string;
  status: number;
  body: string;
}

/** Sends the requests a few at a time; a connection the server closes counts as status 0. */
export async function sendAll(baseUrl: string, requests: FuzzRequest[], concurrency = 8): Promise<FuzzOutcome[]> {
  const outcomes: FuzzOutcome[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests.length) {
        const { kind, method, path, headers, body } = requests[next++];
        const outcome = { kind, method, path: path.slice(0, 200) };
        try {
          const response = await fetch(`${baseUrl}${path}`, { method, headers, body, redirect: 'manual' });
          outcomes.push({ ...outcome, status: response.status, body: (await response.text()).slice(0, 300) });
        } catch (error) {
          outcomes.push({ ...outcome, status: 0, body: String((error as Error).cause ?? error) });
        }
      }
    }),
  );
  return outcomes;
}
