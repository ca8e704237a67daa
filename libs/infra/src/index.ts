export { ensureBrokerBinary, cacheRoot } from './broker/build-broker';
export type { BuildBrokerOptions } from './broker/build-broker';
export { startBroker } from './broker/embedded-broker';
export type { BrokerOptions, EmbeddedBroker } from './broker/embedded-broker';
export { startPostgres } from './postgres/embedded-postgres';
export type { EmbeddedPostgresHandle, PostgresOptions } from './postgres/embedded-postgres';
export { findFreePort } from './net/free-port';
