import { findFreePort } from '@redress/infra';
import { createServer, Server } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Infrastructure, startInfrastructure } from '../../scripts/stack/infrastructure';
import { TestInfrastructureEnv } from './test-infrastructure';

/**
 * Starts one Postgres and one broker for the whole run. Only this process can talk to the embedded broker's
 * launcher, so it also serves a tiny HTTP endpoint through which test files create their topics.
 */
export default async function globalSetup(): Promise<void> {
  const infrastructure = await startInfrastructure({
    dataDir: await mkdtemp(join(tmpdir(), 'redress-test-pg-')),
    persistent: false,
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
  (globalThis as { redressTestInfrastructure?: { infrastructure: Infrastructure; control: Server } }).redressTestInfrastructure = {
    infrastructure,
    control,
  };
}
