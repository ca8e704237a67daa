import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { repoRoot } from '../stack/repo-root';

const ROOT = repoRoot();
const ESLINT = join(ROOT, 'node_modules/eslint/bin/eslint.js');

interface LintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

/** Every problem ESLint reports for `args` run in `cwd`, one line each: file, line, rule and message. */
function lint(args: string[], cwd: string): string[] {
  const run = spawnSync(process.execPath, [ESLINT, '--format', 'json', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (!run.stdout) throw new Error(`eslint failed (${run.status}): ${run.stderr}`);
  return (JSON.parse(run.stdout) as LintResult[]).flatMap((result) =>
    result.messages.map(
      (problem) =>
        `${relative(cwd, result.filePath)}:${problem.line} ${problem.ruleId ?? 'eslint'}: ${problem.message}`,
    ),
  );
}

/** `npm run lint`'s arguments, so the test runs what a person runs (with its cache: unchanged files are skipped). */
const LINT_ARGS = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { lint: string } }
).scripts.lint
  .split(' ')
  .slice(1);

describe('lint (eslint.config.mjs)', () => {
  it('finds no problem in the tree (npm run lint shows the same)', () => {
    expect(lint(LINT_ARGS, ROOT)).toEqual([]);
  }, 300_000);

  it('fails on the defects its rules are chosen for', () => {
    // Outside the tree, so that no other house rule reads it meanwhile; the same configuration, with types.
    const dir = mkdtempSync(join(tmpdir(), 'redress-lint-'));
    try {
      copyFileSync(join(ROOT, 'eslint.config.mjs'), join(dir, 'eslint.config.mjs'));
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      const tsconfig = JSON.parse(readFileSync(join(ROOT, 'tsconfig.json'), 'utf8')) as { include: string[] };
      writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ ...tsconfig, include: ['apps/**/*.ts'] }));
      mkdirSync(join(dir, 'apps/probe'), { recursive: true });
      writeFileSync(
        join(dir, 'apps/probe/defects.ts'),
        [
          'async function later(): Promise<number> {',
          '  return 1;',
          '}',
          'later();',
          'export const all = [1, 2].forEach(async (n) => {',
          '  await later();',
          '  return n;',
          '});',
          'export const loose = (a: number, b: string) => String(a) == b;',
          'const unused = 1;',
          "export function name(kind: 'a' | 'b'): string {",
          '  switch (kind) {',
          "    case 'a':",
          "      return 'A';",
          '  }',
          "  return '?';",
          '}',
          '',
        ].join('\n'),
      );
      const rules = lint(['apps'], dir).map((line) => line.split(' ')[1]);
      expect(rules).toEqual(
        expect.arrayContaining([
          '@typescript-eslint/no-floating-promises:',
          '@typescript-eslint/no-misused-promises:',
          'eqeqeq:',
          '@typescript-eslint/no-unused-vars:',
          '@typescript-eslint/switch-exhaustiveness-check:',
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true });
    }
  }, 120_000);
});
