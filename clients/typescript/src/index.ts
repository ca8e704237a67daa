/** Redress's TypeScript client for client systems: typed calls to intake, and webhook verification. */
export * from './intake-client';
export * from './webhook-signature';
export type { components, operations, paths } from './intake.openapi';
