import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { anchorsIn, brokenLinks, documentationFiles, headingSlug, linksIn } from './doc-links';
import { settingsReadByCode } from './settings-in-code';

const ROOT = repoRoot();

describe('documentation links', () => {
  it('every relative link of README.md and docs/ leads to a file, and every anchor to a heading', () => {
    const files = documentationFiles(ROOT);
    expect(files).toEqual(expect.arrayContaining(['README.md', 'docs/operations.md', 'docs/configuration.md']));
    expect(files.flatMap((file) => brokenLinks(ROOT, file))).toEqual([]);
  });

  it('finds a missing file, a missing anchor and a missing heading of the same file', () => {
    const root = mkdtempSync(join(tmpdir(), 'doc-links-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'README.md'), '# Top\n\n[ok](docs/a.md#the-part) [gone](docs/b.md) [no anchor](docs/a.md#nowhere) [self](#top) [bad self](#bottom)\n');
    writeFileSync(join(root, 'docs', 'a.md'), '# A\n\n## The part\n\n[web](https://example.com) `[code](nowhere.md)`\n');
    expect(brokenLinks(root, 'README.md')).toEqual([
      'README.md:3 (docs/b.md): no file docs/b.md',
      'README.md:3 (docs/a.md#nowhere): docs/a.md has no heading #nowhere',
      'README.md:3 (#bottom): README.md has no heading #bottom',
    ]);
    expect(brokenLinks(root, 'docs/a.md')).toEqual([]);
  });

  it('makes anchors as GitHub does', () => {
    expect(headingSlug('Back up and restore: Postgres')).toBe('back-up-and-restore-postgres');
    expect(headingSlug('`npm run chaos` (8 minutes)')).toBe('npm-run-chaos-8-minutes');
    expect(headingSlug('RedressOutboxStuck')).toBe('redressoutboxstuck');
    expect([...anchorsIn('# Tests\n```\n# not a heading\n```\n## Tests\n')]).toEqual(['tests', 'tests-1']);
  });

  it('ignores links in code blocks and code spans', () => {
    expect(linksIn('[a](one.md)\n```\n[b](two.md)\n```\n`[c](three.md)` [d](four.md "title")').map((link) => link.target)).toEqual(['one.md', 'four.md']);
  });
});

describe('docs/configuration.md', () => {
  it('describes every setting the apps, libs and scripts read', () => {
    const documented = readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8');
    const settings = settingsReadByCode(ROOT);
    expect(settings.get('DELIVERY_CONCURRENCY')).toBeDefined();
    const missing = [...settings].filter(([name]) => !documented.includes(`\`${name}\``)).map(([name, file]) => `${name} (read in ${file})`);
    expect(missing).toEqual([]);
  });
});
