import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { ServiceName } from '@redress/contracts';
import { watchAndRestart } from '../../scripts/stack/dev-watch';
import { repoRoot } from '../../scripts/stack/repo-root';
import { AppName } from '../../scripts/stack/service-process';
import { describeE2E, startTestStack, TestStack } from '../support/test-stack';

/**
 * `npm run dev`'s watcher over a running stack: touching a file restarts the apps that load it and no other
 * (a new pid), and each restarted one is ready again. Touching changes no content, so dist/ is rebuilt as it was.
 */
describeE2E('npm run dev restarts only what changed', () => {
  const root = repoRoot();
  let stack: TestStack;
  let watcher: { close(): void };
  const lines: string[] = [];
  let nextRound: (apps: AppName[]) => void = () => undefined;

  beforeAll(async () => {
    stack = await startTestStack('dev_mode');
    watcher = watchAndRestart({
      root,
      apps: stack.services,
      say: (line) => lines.push(line),
      onRestarted: (apps) => nextRound(apps),
    });
  });

  afterAll(async () => {
    watcher?.close();
    await stack?.stop();
  });

  async function touchAndWait(path: string): Promise<{ restarted: AppName[]; changed: ServiceName[] }> {
    const before = pids();
    const round = new Promise<AppName[]>((resolve) => (nextRound = resolve));
    const now = new Date();
    await utimes(join(root, path), now, now);
    const restarted = await round;
    const after = pids();
    const changed = (Object.keys(before) as ServiceName[]).filter((service) => before[service] !== after[service]);
    for (const service of changed)
      expect((await fetch(`${stack.services[service].url}/health/ready`)).status).toBe(200);
    return { restarted, changed };
  }

  function pids(): Record<ServiceName, number | undefined> {
    return Object.fromEntries(
      Object.entries(stack.services).map(([service, process]) => [service, process.pid]),
    ) as Record<ServiceName, number | undefined>;
  }

  it("a service's file: that service alone", async () => {
    const { restarted, changed } = await touchAndWait('apps/triage/src/main.ts');
    expect({ restarted, changed }).toEqual({ restarted: ['triage'], changed: ['triage'] });
    expect(lines).toContainEqual(expect.stringMatching(/^triage restarted in [\d.]+ s \(pid \d+\)$/));
  });

  it("a lib's file: the services that load it (the timers: all but intake)", async () => {
    const { restarted, changed } = await touchAndWait('libs/timers/src/timer.ts');
    expect({ restarted, changed }).toEqual({
      restarted: ['triage', 'escalation', 'notifier'],
      changed: ['triage', 'escalation', 'notifier'],
    });
  });
});
