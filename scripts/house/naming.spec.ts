import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { misnamedFiles, roleSuffix } from './naming';

describe('one suffix per role (scripts/house/naming.ts)', () => {
  it('holds in every app', () => {
    expect(misnamedFiles(repoRoot())).toEqual([]);
  });

  it('reads the role from the last dotted part', () => {
    expect(roleSuffix('get-admin.http.controller.ts')).toBe('controller');
    expect(roleSuffix('delivery.job.ts')).toBe('job');
    expect(roleSuffix('status-page.ts')).toBeNull();
  });

  describe('fires on a probe', () => {
    // A small app outside the repository: files that keep the rule and files that break it.
    const PROBE: Record<string, string> = {
      'apps/probe/src/commands/vote/vote.service.ts': '@Injectable()\nexport class VoteService {}',
      'apps/probe/src/commands/vote/vote.http.controller.ts': "@Controller('votes')\nexport class VoteController {}",
      'apps/probe/src/commands/vote/tally.job.ts': '@Injectable()\nexport class TallyJob {}',
      'apps/probe/src/persistence/vote.store.ts': 'export async function votes() { return await Promise.resolve([]); }',
      'apps/probe/src/queries/agenda/agenda-page.ts': 'export const page = (title: string) => `<h1>${title}</h1>`;',
      'apps/probe/src/persistence/demo-seed.ts': 'export async function seed() { await Promise.resolve(); }',
      'apps/probe/src/commands/vote/vote.service.spec.ts': 'it("runs", async () => { await Promise.resolve(); });',
      // Broken: a poller without a suffix, a use case doing I/O without one, an unknown suffix.
      'apps/probe/src/commands/vote/tally-worker.ts': '@Injectable()\nexport class TallyWorker {}',
      'apps/probe/src/commands/vote/recount.ts': 'export async function recount() { await Promise.resolve(); }',
      'apps/probe/src/consumers/vote-cast.consumer.ts': 'export const consume = () => undefined;',
    };
    let found: string[] = [];

    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'redress-naming-'));
      try {
        for (const [file, text] of Object.entries(PROBE)) {
          mkdirSync(join(dir, dirname(file)), { recursive: true });
          writeFileSync(join(dir, file), `${text}\n`);
        }
        found = misnamedFiles(dir);
      } finally {
        rmSync(dir, { recursive: true });
      }
    });

    it('on the provider and the I/O without a suffix and on the unknown suffix, and nowhere else', () => {
      expect(found.map((line) => line.slice(0, line.indexOf(':')))).toEqual([
        'apps/probe/src/commands/vote/recount.ts',
        'apps/probe/src/commands/vote/tally-worker.ts',
        'apps/probe/src/consumers/vote-cast.consumer.ts',
      ]);
    });

    it('saying what is wrong', () => {
      expect(found[2]).toContain('.consumer is not a role suffix');
      expect(found[1]).toContain('no role suffix');
    });
  });
});
