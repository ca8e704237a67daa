import { complaintBody, postComplaint } from '../support/complaints';
import { consoleSession } from '../support/console-session';
import { seededRandom } from '../support/malformed-requests';
import { FuzzRoute, fuzzRequest, sendAll } from '../support/route-fuzz';
import {
  consoleRoutes,
  escalationRoutes,
  intakeRoutes,
  notifierRoutes,
  RouteCredentials,
  triageRoutes,
} from '../support/service-routes';
import { trickle } from '../support/slow-client';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

const REQUESTS_PER_APP = 300;
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
/** Short, so a trickling client is cut off within seconds; the defaults are 30 s and 10 s. */
const TIMEOUTS = { HTTP_REQUEST_TIMEOUT: '4s', HTTP_HEADERS_TIMEOUT: '2s' };
const APPS = ['intake', 'triage', 'escalation', 'notifier', 'console'] as const;
type App = (typeof APPS)[number];
/** A route of each app that reads its body before anything else looks at the request. */
const BODY_ROUTES: Record<App, string> = {
  intake: '/complaints',
  triage: '/committee/members',
  escalation: '/follow-ups/00000000-0000-4000-8000-000000000000/complete',
  notifier: '/feedback/slow',
  console: '/sign-in',
};

/**
 * What no route of any app may answer with a 5xx or hold on to: generated malformed ids, queries, credentials,
 * headers and bodies (every route in test/support/service-routes.ts, with real credentials), lone surrogates,
 * and clients that send their request a byte a second.
 */
describeE2E('input limits on every route', () => {
  let stack: TestStack;
  let routes: Record<App, FuzzRoute[]>;
  const urlOf = (app: App) => (app === 'console' ? (stack.console?.url as string) : stack.services[app].url);

  beforeAll(async () => {
    stack = await startTestStack('limits', TIMEOUTS, { withConsole: true });
    const { apiKey, members, owners, supervisorToken } = stack.secrets;
    const credentials: RouteCredentials = {
      apiKey,
      member: (members.find((member) => member.chair) ?? members[0]).token,
      owner: owners[0].token,
      supervisor: supervisorToken,
    };
    const consoleUrl = urlOf('console');
    routes = {
      intake: intakeRoutes(credentials),
      triage: triageRoutes(credentials),
      escalation: escalationRoutes(credentials),
      notifier: notifierRoutes(credentials),
      console: consoleRoutes({
        member: await consoleSession(consoleUrl, credentials.member, '/committee'),
        owner: await consoleSession(consoleUrl, credentials.owner, '/assignments'),
        supervisor: await consoleSession(consoleUrl, credentials.supervisor, '/review'),
      }),
    };
  });

  afterAll(() => stack?.stop());

  it.each(APPS)(
    `answers ${REQUESTS_PER_APP} malformed requests to %s's routes (seed ${SEED}) with 4xx only, and stays healthy`,
    async (app) => {
      const random = seededRandom(SEED + APPS.indexOf(app));
      const requests = Array.from({ length: REQUESTS_PER_APP }, () =>
        fuzzRequest(routes[app][Math.floor(random() * routes[app].length)], random),
      );
      const outcomes = await sendAll(urlOf(app), requests);

      // A visitor without a session is sent to sign in; everything else is refused.
      const refused = (outcome: (typeof outcomes)[number]) =>
        (outcome.status >= 400 && outcome.status < 500) || (outcome.kind === 'no session' && outcome.status === 303);
      expect(outcomes.filter((outcome) => !refused(outcome))).toEqual([]);
      // The console has no JSON bodies, so fewer kinds of fault apply to it.
      expect(new Set(outcomes.map((outcome) => outcome.kind)).size).toBeGreaterThanOrEqual(10);
      expect((await fetch(`${urlOf(app)}/health/ready`)).status).toBe(200);
    },
  );

  it('names the field that holds a lone surrogate, in a body, a key, a query and a form', async () => {
    const name = await postComplaint(
      stack.services.intake.url,
      stack.secrets.apiKey,
      JSON.stringify(complaintBody()).replace('"name":"Anna Petrova"', '"name":"Anna \\ud800"'),
    );
    expect(name.status).toBe(400);
    expect(name.body?.errors).toEqual([
      { field: 'customer.name', reason: expect.stringContaining('lone UTF-16 surrogate') },
    ]);

    const vote = await fetch(`${stack.services.triage.url}/rootcauses/${crypto.randomUUID()}/votes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${stack.secrets.members[0].token}`, 'content-type': 'application/json' },
      body: '{"cause":"late\\udc00","department":"logistics"}',
    });
    expect({ status: vote.status, errors: ((await vote.json()) as { errors: unknown }).errors }).toEqual({
      status: 400,
      errors: [{ field: 'cause', reason: expect.any(String) }],
    });

    const list = await fetch(`${stack.services.escalation.url}/assignments?cursor=%ED%A0%80`, {
      headers: { authorization: `Bearer ${stack.secrets.owners[0].token}` },
    });
    expect({ status: list.status, errors: ((await list.json()) as { errors: unknown }).errors }).toEqual({
      status: 400,
      errors: [{ field: 'cursor', reason: 'cursor is not UTF-8 text' }],
    });

    const form = await fetch(`${urlOf('console')}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'token=%ED%A0%80',
    });
    expect(form.status).toBe(400);
  });

  it('keeps a customer time zone sent in any letter case under its IANA name', async () => {
    const accepted = await postComplaint(
      stack.services.intake.url,
      stack.secrets.apiKey,
      complaintBody({ customer: { ...(complaintBody().customer as object), timezone: 'EUROPE/moscow' } }),
    );
    expect(accepted.status).toBe(202);
    const { rows } = await stack.db.query(
      `SELECT customer->>'timezone' AS timezone FROM intake.complaints WHERE id = $1`,
      [accepted.body?.id],
    );
    expect(rows).toEqual([{ timezone: 'Europe/Moscow' }]);
  });

  it.each(APPS)(
    'cuts off a client that sends its body to %s a byte a second, and still answers others',
    async (app) => {
      const { host } = new URL(urlOf(app));
      const contentType = app === 'console' ? 'application/x-www-form-urlencoded' : 'application/json';
      const head = `POST ${BODY_ROUTES[app]} HTTP/1.1\r\nhost: ${host}\r\ncontent-type: ${contentType}\r\ncontent-length: 200\r\n\r\n`;
      const outcome = await trickle(urlOf(app), head, 'x'.repeat(200));
      expect(outcome.sent).toBeLessThan(100);
      expect(outcome.response).toMatch(/^$|^HTTP\/1\.1 408/);
      expect((await fetch(`${urlOf(app)}/health/live`)).status).toBe(200);
    },
  );

  it.each(APPS)('cuts off a client that sends its headers to %s a byte a second', async (app) => {
    const { host } = new URL(urlOf(app));
    const head = `GET /health/live HTTP/1.1\r\nhost: ${host}\r\nx-slow: ${'x'.repeat(200)}\r\n\r\n`;
    const outcome = await trickle(urlOf(app), head, '', { headAtOnce: false });
    expect(outcome.sent).toBeLessThan(100);
    expect(outcome.response).toMatch(/^$|^HTTP\/1\.1 408/);
  });
});
