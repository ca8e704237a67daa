import {
  ApiDocsOptions,
  bearerAuth,
  DEAD_LETTERS_API_TAG,
  OPS_API_AUTH,
  REPORT_READER_AUTH_DESCRIPTION,
} from '@redress/platform';

/** Notifier's OpenAPI document: served at /docs, written to docs/openapi/notifier.json by `npm run docs:openapi`. */
export const NOTIFIER_API_DOCS: ApiDocsOptions = {
  service: 'notifier',
  title: 'Redress notifier',
  description:
    'Customers are told and compensated: supervisors read every message sent for a complaint, decide compensations ' +
    'under review, write force-majeure playbooks and read the statistics; customers follow their status page and ' +
    'answer the survey through the links in their messages, with no login.',
  tags: {
    ...DEAD_LETTERS_API_TAG,
    notifications: 'Every message sent for a complaint',
    compensations: 'Compensations, and the decisions on those under review',
    playbooks: 'Force-majeure playbooks, written ahead of predictable trouble',
    stats: 'Satisfaction, compensations and the budget',
    supervisors: 'Who a token belongs to',
    customers:
      'The pages and survey customers reach from the links in their messages; the token in the link is the key',
    admin: 'Revoking supervisors, with a notifier admin token',
    reports:
      'Satisfaction and compensations by department, owner and root cause, for supervisors and department heads (JSON or CSV)',
    staff: "The staff directory (where and when each person is told) and each person's notices",
  },
  auth: {
    ops: OPS_API_AUTH,
    supervisor: bearerAuth("A supervisor's token"),
    admin: bearerAuth('A notifier admin token (`npm run admin:create -- notifier <name>`)'),
    'report-reader': bearerAuth(REPORT_READER_AUTH_DESCRIPTION),
    staff: bearerAuth(
      "A person's own token: an owner's (`ro_`, asked of escalation), a committee member's (`rm_`, asked of triage) or a supervisor's",
    ),
  },
};

/** What every supervisor route may answer without a supervisor's token. */
export const SUPERVISOR_ERRORS = {
  401: {
    description: "No bearer token, or not a current supervisor's",
    message: 'Unknown or revoked supervisor token',
  },
} as const;

/** What every route taking a person's own token may answer without one. */
export const STAFF_ERRORS = {
  401: {
    description: "No bearer token, or not a current owner's, member's or supervisor's",
    message: 'Unknown token: sign in with your own owner, member or supervisor token',
  },
  503: {
    description: 'Triage or escalation did not say whose the token is',
    message: 'escalation could not be asked whose the token is; try again shortly',
  },
} as const;

/** What the admin routes answer without a notifier admin token. */
export const ADMIN_ERRORS = {
  401: { description: 'No, unknown or revoked notifier admin token', message: 'Unknown or revoked admin token' },
} as const;
