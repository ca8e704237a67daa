import {
  ApiDocsOptions,
  bearerAuth,
  DEAD_LETTERS_API_TAG,
  OPS_API_AUTH,
  REPORT_READER_AUTH_DESCRIPTION,
} from '@redress/platform';

/** Escalation's OpenAPI document: served at /docs, written to docs/openapi/escalation.json by `npm run docs:openapi`. */
export const ESCALATION_API_DOCS: ApiDocsOptions = {
  service: 'escalation',
  title: 'Redress escalation',
  description:
    'Owners work the root causes assigned to their department within deadlines that escalate up its chain: ' +
    'acknowledge, resolve with the three deliverables, make the callbacks customers are owed. The directory of ' +
    'departments and their chains, and the overdue list.',
  tags: {
    ...DEAD_LETTERS_API_TAG,
    assignments: "A department's assignments: read, acknowledge, resolve, and the overdue ones",
    'follow-ups': 'Callbacks owed to customers who rated the answer low',
    departments: 'The directory of departments, their owner chains and service levels',
    owners: 'Who a token belongs to',
    reports: 'How assignments kept their deadlines, for supervisors and department heads (JSON or CSV)',
  },
  auth: {
    ops: OPS_API_AUTH,
    owner: bearerAuth(
      "An owner's token (an owner on a department's chain), or ESCALATION_ADMIN_TOKEN, which reads every department " +
        'and edits chains but does not act for one',
    ),
    'report-reader': bearerAuth(REPORT_READER_AUTH_DESCRIPTION),
  },
};

/** What every route may answer without an owner's or the admin token. */
export const OWNER_ERRORS = {
  401: { description: "No bearer token, or not a current owner's or the admin's", message: 'Unknown owner token' },
} as const;

/** What a route that acts for a department answers the admin token. */
export const OWNER_ONLY = {
  description: 'The admin token, which reads but does not act for a department',
  message: 'Only an owner on a department chain may do this',
} as const;
