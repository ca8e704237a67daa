import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { runsSql, SERVICES, sqlOutsideStores } from './sql-placement';

const ROOT = repoRoot();

describe('SQL lives in stores, queries and migrations (scripts/house/sql-placement.ts)', () => {
  it.each(SERVICES)('holds in %s', (service) => {
    expect(sqlOutsideStores(ROOT, service)).toEqual([]);
  });

  it('reads the files it should: the stores and queries of triage run SQL', () => {
    expect(runsSql(readFile('apps/triage/src/persistence/root-cause.store.ts'))).toBe(true);
    expect(runsSql(readFile('apps/triage/src/queries/get-agenda/get-agenda.query.ts'))).toBe(true);
  });

  describe('fires on a probe', () => {
    // A small service outside the repository: SQL in each place it may not be, and in each place it may.
    const PROBE: Record<string, string> = {
      'apps/probe/src/commands/vote/vote.service.ts':
        "export const run = (db: { query(s: string): unknown }) => db.query('DELETE FROM probe.votes');",
      'apps/probe/src/commands/vote/vote.http.controller.ts':
        'export const sql = `SELECT id FROM probe.votes WHERE id = $1`;',
      'apps/probe/src/auth/member.guard.ts':
        "export const guard = (m: { manager: { query<T>(s: string): T } }) => m.manager.query<number>('x');",
      'apps/probe/src/consumers/vote-cast.handler.ts':
        'export const sql = "UPDATE probe.votes SET cause = $2 WHERE id = $1";',
      'apps/probe/src/commands/vote/relink.handler.ts':
        'export const sql = `WITH moved AS (UPDATE probe.links SET at = now() RETURNING id) SELECT count(*) FROM moved`;',
      'apps/probe/src/persistence/vote.store.ts': "export const sql = 'SELECT id FROM probe.votes';",
      'apps/probe/src/queries/agenda/agenda.query.ts': "export const sql = 'SELECT id FROM probe.votes';",
      'apps/probe/src/migrations/1-initial.ts': "export const sql = 'INSERT INTO probe.votes VALUES (1)';",
      'apps/probe/src/commands/vote/vote.service.spec.ts': "export const sql = 'SELECT 1 FROM probe.votes';",
      // Comments and prose may name SQL: they run nothing.
      'apps/probe/src/commands/vote/vote.view.ts':
        '/** Locked with SELECT ... FOR UPDATE first. */\n// UPDATE probe.votes SET x\nexport const note = "Select a cause from the list";',
    };
    let found: string[] = [];

    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'redress-sql-placement-'));
      try {
        for (const [file, text] of Object.entries(PROBE)) {
          mkdirSync(join(dir, dirname(file)), { recursive: true });
          writeFileSync(join(dir, file), `${text}\n`);
        }
        found = sqlOutsideStores(dir, 'probe');
      } finally {
        rmSync(dir, { recursive: true });
      }
    });

    it('in a use case, a controller, a guard and handlers, and nowhere else', () => {
      expect(found).toEqual([
        'apps/probe/src/auth/member.guard.ts',
        'apps/probe/src/commands/vote/relink.handler.ts',
        'apps/probe/src/commands/vote/vote.http.controller.ts',
        'apps/probe/src/commands/vote/vote.service.ts',
        'apps/probe/src/consumers/vote-cast.handler.ts',
      ]);
    });
  });
});

function readFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}
