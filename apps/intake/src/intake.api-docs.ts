import { ApiDocsOptions, apiKeyAuth, bearerAuth, DEAD_LETTERS_API_TAG, OPS_API_AUTH } from '@redress/platform';

/** Intake's OpenAPI document: served at /docs, written to docs/openapi/intake.json by `npm run docs:openapi`. */
export const INTAKE_API_DOCS: ApiDocsOptions = {
  service: 'intake',
  title: 'Redress intake',
  description:
    'Client systems file complaints and follow them: receipt, status, timeline and the change feed ' +
    '(docs/integration.md). Operators revoke and rotate client keys.',
  tags: {
    ...DEAD_LETTERS_API_TAG,
    complaints: 'Filing complaints and reading what happened to them, with a client system key',
    admin: 'Client systems and their keys, with an intake admin token',
    subscription:
      "A client system's webhook subscription: signed POSTs of its complaints' changes (docs/integration.md)",
    customers: "A customer's personal data: export it, erase it (docs/personal-data.md)",
    attachments: 'Photos and receipts a client system attaches to its complaints (docs/attachments.md)',
    staff: "Committee members and owners reading a complaint's attachments with their own token",
    internal: "Routes for Redress's own services (the notifier), with the service token",
  },
  auth: {
    ops: OPS_API_AUTH,
    'api-key': apiKeyAuth(
      "A client system's key (`npm run client:create`); a staff reader key reads every complaint and files none",
    ),
    admin: bearerAuth('An intake admin token (`npm run admin:create -- intake <name>`)'),
    staff: bearerAuth(
      "A committee member's or an owner's token: intake asks triage and escalation whose it is (docs/attachments.md)",
    ),
    service: bearerAuth('INTAKE_SERVICE_TOKEN, which the notifier holds (docs/personal-data.md#minimisation)'),
  },
};

/** What every route under a client system key may answer: no key, and over the key's rate limit. */
export const CLIENT_KEY_ERRORS = {
  401: { description: 'No X-Api-Key, or an unknown or revoked one', message: 'Unknown or revoked API key' },
  429: {
    description: 'This key is over INTAKE_RATE_LIMIT: retry after the `Retry-After` seconds',
    message: 'This API key is over its rate limit; retry after 1 s',
  },
} as const;

/** What every internal route may answer without the service token. */
export const SERVICE_TOKEN_ERRORS = {
  401: { description: 'No service token, or a wrong one', message: 'Send the service token as a bearer token' },
} as const;

/** What every admin route may answer without a working admin token. */
export const ADMIN_ERRORS = {
  401: { description: 'No, unknown or revoked intake admin token', message: 'Unknown or revoked admin token' },
} as const;

/** What the customer routes answer for a bad selector, or for a staff reader key, which files and erases nothing. */
export const CUSTOMER_SELECTOR_ERRORS = {
  400: {
    description: 'Not exactly one of phone, email, externalRef, or one of them malformed',
    message: 'Give exactly one of phone, email, externalRef',
  },
  403: {
    description: "A staff reader key: only the client system that filed the complaints acts on its customers' data",
    message: "A staff reader key cannot act on customers' data",
  },
} as const;

/** The complaint a route is about, in the path. */
export const COMPLAINT_ID_PARAM = {
  name: 'id',
  format: 'uuid',
  description: 'The complaint, as its receipt named it',
  example: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
} as const;

/** The attachment a route is about, in the path. */
export const ATTACHMENT_ID_PARAM = {
  name: 'attachmentId',
  format: 'uuid',
  description: 'The attachment, as the upload or the list named it',
  example: '1b9d6bcd-bbfd-4b2d-9b5d-ab8dfbbd4bed',
} as const;
