import { Server } from 'node:http';
import { Infrastructure } from '../../scripts/stack/infrastructure';

export default async function globalTeardown(): Promise<void> {
  const shared = (globalThis as { redressTestInfrastructure?: { infrastructure: Infrastructure; control: Server } })
    .redressTestInfrastructure;
  if (!shared) return;
  shared.control.close();
  await shared.infrastructure.stop();
}
