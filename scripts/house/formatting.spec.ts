import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const PRETTIER = join(ROOT, 'node_modules/prettier/bin/prettier.cjs');

/** Files Prettier would rewrite, as its CLI lists them (its API needs ES modules, which jest runs without). */
function unformatted(patterns: string[]): string[] {
  const run = spawnSync(process.execPath, [PRETTIER, '--list-different', ...patterns], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0 && run.status !== 1) throw new Error(`prettier failed: ${run.stderr}`);
  return run.stdout.split('\n').filter(Boolean);
}

describe('formatting', () => {
  it('every TypeScript file is as Prettier writes it (npm run format fixes it)', () => {
    expect(unformatted(['{apps,libs,scripts,test,clients}/**/*.ts'])).toEqual([]);
  });

  it('notices a file Prettier would change', () => {
    // Outside the tree, so that no other house rule reads it meanwhile.
    const dir = mkdtempSync(join(tmpdir(), 'redress-format-'));
    const probe = join(dir, 'probe.ts');
    writeFileSync(probe, 'export const probe = {a:1}\n');
    try {
      expect(unformatted([probe])).toEqual([relative(ROOT, probe)]);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
