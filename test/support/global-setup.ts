import { findFreePort } from '@redress/infra';
import { createServer } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInfrastructure } from '../../scripts/stack/infrastructure';
import { startContainers } from './containers';
import { SharedInfrastructure, TestInfrastructureEnv } from './test-infrastructure';

/**
 * Starts one Postgres and one broker for the whole run. Only this process can talk to the embedded broker's
 * launcher, so it also serves a tiny HTTP endpoint through which test files create their topics.
 */
export default async function globalSetup(): Promise<void> {
  const containers = process.env.REDRESS_TEST_INFRA === 'testcontainers' ? await startContainers() : null;
  if (containers && 'unavailable' in containers) {
    process.env[TestInfrastructureEnv.SkipReason] =
      `REDRESS_TEST_INFRA=testcontainers but no Docker engine answered (${containers.unavailable}); end-to-end tests skipped`;
    process.stdout.write(`\n${process.env[TestInfrastructureEnv.SkipReason]}\n`);
    return;
  }
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-test-pg-')),
    persistent: false,
    env: containers?.env ?? process.env,
  });
  const control = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const names = (JSON.parse(body) as { topics: string[] }).topics;
      infrastructure.createTopics(names).then(
        () => response.writeHead(204).end(),
        (error: Error) => response.writeHead(500).end(error.message),
      );
    });
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => control.listen(port, '127.0.0.1', resolve));
  process.env[TestInfrastructureEnv.PostgresUrl] = infrastructure.postgresUrl;
  process.env[TestInfrastructureEnv.Brokers] = infrastructure.brokers;
  process.env[TestInfrastructureEnv.ControlUrl] = `http://127.0.0.1:${port}`;
  (globalThis as { redressTestInfrastructure?: SharedInfrastructure }).redressTestInfrastructure = {
    infrastructure,
    control,
    containers,
  };
}
