import { ApiDocsOptions } from '@redress/platform';

/** Intake's OpenAPI document: served at /docs, and the source of the TypeScript client's types. */
export const INTAKE_API_DOCS: ApiDocsOptions = {
  title: 'Redress intake',
  description: 'Client systems file complaints and follow them: receipt, status, timeline and attachments.',
  auth: 'api-key',
};
