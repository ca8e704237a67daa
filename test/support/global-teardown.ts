import { SharedInfrastructure } from './test-infrastructure';

export default async function globalTeardown(): Promise<void> {
  const shared = (globalThis as { redressTestInfrastructure?: SharedInfrastructure }).redressTestInfrastructure;
  if (!shared) return;
  shared.control.close();
  await shared.infrastructure.stop();
  await shared.containers?.stop();
}
