import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** How code reads a setting: `env.<NAME>`, `env[<NAME>]`, `process.env.<NAME>`, or a reader given `(env, <NAME>`. */
const READS = [/\benv\.([A-Z][A-Z0-9_]+)/g, /\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g, /\(\s*env,\s*'([A-Z][A-Z0-9_]+)'/g, /productionSecret\('([A-Z][A-Z0-9_]+)'/g];

/** Variables of the operating system, not settings of Redress. */
const NOT_SETTINGS = new Set(['PATH']);

/**
 * Every environment variable the apps, libs and scripts read (their source outside specs), by name, with the first
 * file that reads it: what docs/configuration.md must describe.
 */
export function settingsReadByCode(root: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of ['apps', 'libs', 'scripts'].flatMap((dir) => sourceFiles(root, dir))) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const pattern of READS) {
      for (const [, name] of text.matchAll(pattern)) if (!NOT_SETTINGS.has(name) && !found.has(name)) found.set(name, file);
    }
  }
  return found;
}

function sourceFiles(root: string, dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(root, path);
    return entry.name.endsWith('.ts') && !/\.(spec|e2e-spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}
