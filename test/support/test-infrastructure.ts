import { Server } from 'node:http';
import { Infrastructure } from '../../scripts/stack/infrastructure';
import { ContainerInfrastructure } from './containers';

/** How the global setup hands the shared Postgres and broker to the test files (workers inherit the env). */
export const TestInfrastructureEnv = {
  PostgresUrl: 'REDRESS_TEST_POSTGRES_URL',
  Brokers: 'REDRESS_TEST_BROKERS',
  ControlUrl: 'REDRESS_TEST_CONTROL_URL',
  /** Set when the chosen infrastructure cannot run here; end-to-end suites then skip, saying why. */
  SkipReason: 'REDRESS_TEST_SKIP_E2E',
} as const;

/** What the global setup keeps for the global teardown (same process). */
export interface SharedInfrastructure {
  infrastructure: Infrastructure;
  control: Server;
  containers: ContainerInfrastructure | null;
}
