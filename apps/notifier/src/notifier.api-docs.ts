import { ApiDocsOptions, bearerAuth } from '@redress/platform';

/** Notifier's OpenAPI document: served at /docs, written to docs/openapi/notifier.json by `npm run docs:openapi`. */
export const NOTIFIER_API_DOCS: ApiDocsOptions = {
  service: 'notifier',
  title: 'Redress notifier',
  description:
    'Customers are told and compensated: supervisors read every message sent for a complaint, decide compensations ' +
    'under review, write force-majeure playbooks and read the statistics; customers follow their status page and ' +
    'answer the survey through the links in their messages, with no login.',
  tags: {
    notifications: 'Every message sent for a complaint',
    compensations: 'Compensations, and the decisions on those under review',
    playbooks: 'Force-majeure playbooks, written ahead of predictable trouble',
    stats: 'Satisfaction, compensations and the budget',
    supervisors: 'Who a token belongs to',
    customers:
      'The pages and survey customers reach from the links in their messages; the token in the link is the key',
    admin: 'Revoking supervisors, with a notifier admin token',
  },
  auth: {
    supervisor: bearerAuth("A supervisor's token"),
    admin: bearerAuth('A notifier admin token (`npm run admin:create -- notifier <name>`)'),
  },
};

/** What every supervisor route may answer without a supervisor's token. */
export const SUPERVISOR_ERRORS = {
  401: {
    description: "No bearer token, or not a current supervisor's",
    message: 'Unknown or revoked supervisor token',
  },
} as const;
