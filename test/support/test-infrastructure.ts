/** How the global setup hands the shared Postgres and broker to the test files (workers inherit the env). */
export const TestInfrastructureEnv = {
  PostgresUrl: 'REDRESS_TEST_POSTGRES_URL',
  Brokers: 'REDRESS_TEST_BROKERS',
  ControlUrl: 'REDRESS_TEST_CONTROL_URL',
} as const;
