import { randomUUID } from 'node:crypto';
import { complaintBody } from './complaints';
import { Credential, FuzzRoute, PAGE_QUERY } from './route-fuzz';

/**
 * Every HTTP route of every app, with the credential that lets the fuzz reach its validation: a new route is one
 * line here. Ids in paths are fresh UUIDs unless the fuzz breaks them.
 */
export interface RouteCredentials {
  apiKey: string;
  member: string;
  owner: string;
  supervisor: string;
}

const bearer = (token: string): Credential => ({ kind: 'bearer', token });
const BAD_TIMES = [
  '0000-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-13-01',
  'yesterday',
];

/** Open to everyone on every service. */
const OPERATIONS: FuzzRoute[] = [
  { method: 'GET', path: '/health/live', auth: null },
  { method: 'GET', path: '/health/ready', auth: null },
  { method: 'GET', path: '/metrics', auth: null },
];

export function intakeRoutes(credentials: RouteCredentials): FuzzRoute[] {
  const auth: Credential = { kind: 'api-key', key: credentials.apiKey };
  return [
    ...OPERATIONS,
    {
      method: 'POST',
      path: '/complaints',
      auth,
      body: complaintBody(),
      badFields: {
        customer: [{ ...(complaintBody().customer as object), timezone: 'Mars/Olympus' }],
        order: [{ amount: '1.00', currency: 'XX' }],
      },
    },
    { method: 'GET', path: '/complaints', auth, query: { ...PAGE_QUERY, status: ['open-ish', ''], since: BAD_TIMES } },
    { method: 'GET', path: '/complaints/:id', auth },
    {
      method: 'GET',
      path: '/staff/complaints',
      auth: bearer(credentials.member),
      query: {
        ...PAGE_QUERY,
        text: ['', 'x'.repeat(201), 'и the'],
        status: ['open-ish'],
        category: ['', 'c'.repeat(101)],
        touchpoint: ['moon'],
        rootCauseId: ['x', '1'],
        department: ['', 'd'.repeat(101)],
        from: BAD_TIMES,
        to: BAD_TIMES,
        ref: ['', 'r'.repeat(101)],
      },
    },
    {
      method: 'GET',
      path: '/complaints/changes',
      auth,
      query: { after: ['x', 'cDotMQ', 'cDoxLjU', '', 'x'.repeat(101)], limit: ['0', '1001', 'x', '-1', '1.5', '0x10'] },
    },
    {
      method: 'PUT',
      path: '/subscription',
      auth,
      body: { url: 'http://127.0.0.1:9/hooks', kinds: ['status'] },
      badFields: { url: ['http://169.254.169.254/', 'ftp://crm.example/'], kinds: [[], ['status', 'status'], ['all']] },
    },
    { method: 'GET', path: '/subscription', auth },
    { method: 'POST', path: '/subscription/rotate-secret', auth },
    { method: 'GET', path: '/subscription/deliveries', auth, query: PAGE_QUERY },
    { method: 'POST', path: '/subscription/deliveries/:id/redeliver', auth },
    { method: 'DELETE', path: '/subscription', auth },
  ];
}

export function triageRoutes(credentials: RouteCredentials): FuzzRoute[] {
  const auth = bearer(credentials.member);
  const verdict = { cause: 'Too few couriers', department: 'logistics' };
  return [
    ...OPERATIONS,
    { method: 'GET', path: '/rootcauses', auth, query: { ...PAGE_QUERY, status: ['closed-ish'] } },
    { method: 'GET', path: '/rootcauses/:id', auth, query: PAGE_QUERY },
    {
      method: 'POST',
      path: '/rootcauses/:id/votes',
      auth,
      body: verdict,
      badFields: { cause: ['', 'x'.repeat(2001)], department: ['', 'x'.repeat(101)] },
    },
    {
      method: 'POST',
      path: '/rootcauses/:id/decision',
      auth,
      body: verdict,
      badFields: { department: ['', 'x'.repeat(101)] },
    },
    {
      method: 'POST',
      path: '/rootcauses/:id/merge',
      auth,
      body: { intoRootCauseId: randomUUID() },
      badFields: { intoRootCauseId: ['x', '', 1] },
    },
    {
      method: 'POST',
      path: '/complaints/:complaintId/move',
      auth,
      body: { toRootCauseId: randomUUID() },
      badFields: { toRootCauseId: ['x', ''] },
    },
    { method: 'GET', path: '/committee/me', auth },
    { method: 'GET', path: '/committee/members', auth },
    {
      method: 'POST',
      path: '/committee/members',
      auth,
      body: { name: 'Vera', department: 'logistics' },
      badFields: { name: ['', 'x'.repeat(201)] },
    },
    { method: 'DELETE', path: '/committee/members/:memberId', auth },
    {
      method: 'POST',
      path: '/committee/chair',
      auth,
      body: { memberId: randomUUID() },
      badFields: { memberId: ['x', 7] },
    },
    { method: 'GET', path: '/committee/agenda', auth, query: PAGE_QUERY },
    { method: 'GET', path: '/committee/departments', auth },
    // Open like a wall chart (counts only): an <img> cannot send a token.
    { method: 'GET', path: '/trends', auth: null, query: { weeks: ['0', '105', 'x', '-1', '1.5', '0x10'] } },
    { method: 'GET', path: '/trends.svg', auth: null, query: { weeks: ['0', '105', 'x'] } },
  ];
}

export function escalationRoutes(credentials: RouteCredentials): FuzzRoute[] {
  const auth = bearer(credentials.owner);
  const deliverables = {
    actionsTaken: 'Hired couriers',
    causeReport: 'Too few couriers',
    eliminationProposal: 'Sell fewer slots',
  };
  return [
    ...OPERATIONS,
    { method: 'GET', path: '/owners/me', auth },
    { method: 'GET', path: '/assignments', auth, query: { ...PAGE_QUERY, status: ['done-ish'] } },
    { method: 'GET', path: '/assignments/overdue', auth, query: PAGE_QUERY },
    {
      method: 'GET',
      path: '/reports/late',
      auth: bearer(credentials.supervisor),
      query: { ...PAGE_QUERY, department: ['', 'd'.repeat(101)] },
    },
    { method: 'GET', path: '/assignments/:id', auth },
    { method: 'POST', path: '/assignments/:id/acknowledge', auth },
    {
      method: 'POST',
      path: '/assignments/:id/resolve',
      auth,
      body: deliverables,
      badFields: { actionsTaken: ['', '   ', 'x'.repeat(10_001)] },
    },
    { method: 'GET', path: '/departments', auth, query: PAGE_QUERY },
    {
      method: 'PUT',
      path: '/departments/:id',
      auth,
      body: { name: 'Logistics', chain: [{ name: 'Oleg' }] },
      badFields: {
        chain: [[], [{}], [{ name: 'x', email: 'not-an-email' }], Array.from({ length: 21 }, () => ({ name: 'x' }))],
      },
    },
    { method: 'GET', path: '/follow-ups', auth, query: { ...PAGE_QUERY, status: ['late'] } },
    { method: 'GET', path: '/follow-ups/:id', auth },
    {
      method: 'POST',
      path: '/follow-ups/:id/complete',
      auth,
      body: { outcome: 'reached', note: 'Agreed a refund' },
      badFields: { outcome: ['maybe'], note: ['', 'x'.repeat(2001)] },
    },
  ];
}

export function notifierRoutes(credentials: RouteCredentials): FuzzRoute[] {
  const auth = bearer(credentials.supervisor);
  const playbook = {
    name: 'Storm',
    keywords: ['storm'],
    activeFrom: '2026-11-23T00:00:00Z',
    message: { en: 'Sorry about {reference}' },
    compensation: '100.00',
  };
  const playbookFields = {
    activeFrom: BAD_TIMES,
    activeUntil: BAD_TIMES,
    keywords: [['x'], 'storm', Array.from({ length: 21 }, () => 'storm')],
    compensation: ['-1', '1e3', '99999999999999'],
  };
  return [
    ...OPERATIONS,
    { method: 'GET', path: '/supervisors/me', auth },
    { method: 'GET', path: '/compensations', auth, query: { ...PAGE_QUERY, status: ['paid-ish'] } },
    { method: 'POST', path: '/compensations/:id/approve', auth },
    { method: 'POST', path: '/compensations/:id/reject', auth },
    { method: 'GET', path: '/notifications', auth, query: { complaintId: ['x', '', '../etc'] } },
    { method: 'GET', path: '/stats', auth, query: { rootCauses: ['0', '201', 'x'] } },
    { method: 'GET', path: '/playbooks', auth, query: PAGE_QUERY },
    { method: 'POST', path: '/playbooks', auth, body: playbook, badFields: playbookFields },
    { method: 'GET', path: '/playbooks/:id', auth },
    { method: 'PUT', path: '/playbooks/:id', auth, body: playbook, badFields: playbookFields },
    { method: 'POST', path: '/playbooks/:id/end', auth },
    { method: 'GET', path: '/playbooks/:id/applications', auth, query: PAGE_QUERY },
    { method: 'GET', path: '/feedback/:token', auth: null },
    {
      method: 'POST',
      path: '/feedback/:token',
      auth: null,
      body: { rating: 4 },
      badFields: { rating: [0, 6, 1.5, '4'], reason: ['bored'] },
    },
  ];
}

/** A console session per role, signed in with that role's token. */
export interface ConsoleSessions {
  member: Credential;
  owner: Credential;
  supervisor: Credential;
}

export function consoleRoutes(sessions: ConsoleSessions): FuzzRoute[] {
  const page = (method: FuzzRoute['method'], path: string, auth: Credential, paged = false): FuzzRoute => ({
    method,
    path,
    auth,
    form: true,
    ...(paged ? { query: { cursor: PAGE_QUERY.cursor } } : {}),
  });
  const { member, owner, supervisor } = sessions;
  return [
    { method: 'GET', path: '/health/live', auth: null, form: true },
    { method: 'GET', path: '/health/ready', auth: null, form: true },
    // Open to everyone: without a session these answer as they would to anyone.
    { method: 'GET', path: '/sign-in', auth: null, form: true },
    { method: 'POST', path: '/sign-in', auth: null, form: true },
    { method: 'POST', path: '/sign-out', auth: null, form: true },
    { method: 'GET', path: '/language/en', auth: null, form: true },
    page('GET', '/review', supervisor, true),
    page('POST', '/compensations/:id/approve', supervisor),
    page('POST', '/compensations/:id/reject', supervisor),
    page('GET', '/complaints/:id', member),
    page('GET', '/committee', member, true),
    page('GET', '/rootcauses/:id', member, true),
    page('POST', '/rootcauses/:id/votes', member),
    page('POST', '/rootcauses/:id/decision', member),
    page('POST', '/rootcauses/:id/merge', member),
    page('POST', '/complaints/:complaintId/move', member),
    page('GET', '/trends', member),
    page('GET', '/trends.svg', member),
    page('GET', '/assignments', owner, true),
    page('GET', '/assignments/:id', owner),
    page('POST', '/assignments/:id/acknowledge', owner),
    page('POST', '/assignments/:id/resolve', owner),
    page('GET', '/callbacks', owner, true),
    page('GET', '/callbacks/:id', owner),
    page('POST', '/callbacks/:id/complete', owner),
    page('GET', '/what-if', supervisor),
    page('POST', '/what-if', supervisor),
    page('GET', '/reports', supervisor),
    page('GET', '/reports/csv/:report', supervisor),
  ];
}
