import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The folders of `apps/<service>/src` whose files are named for their role. */
export const ROLE_FOLDERS = ['commands', 'queries', 'consumers', 'persistence'];

/**
 * One suffix per role (`<name>.<role>.ts`; a controller is `<name>.http.controller.ts`, a request DTO
 * `<name>.request.dto.ts`). docs/architecture.md says what each is for.
 */
export const ROLE_SUFFIXES = [
  'service',
  'handler',
  'job',
  'store',
  'query',
  'controller',
  'dto',
  'view',
  'pipe',
  'metrics',
  'api-docs',
  'schema',
  'data-source',
];

/**
 * Files without a suffix are pure helpers (a parser, a page's HTML, row types, a cursor's encoding): they register
 * nothing with Nest and do no I/O of their own. A decorated class or an `await` says the file has a role to name.
 */
const HAS_A_ROLE = [/^\s*@(Injectable|Controller|Catch|Module)\(/m, /\bawait\b/];

/**
 * Unsuffixed files with I/O, each for a reason: the demo seed and first people are provisioning steps the CLI runs
 * before the service starts (through the stores); the validation fuzzer (`npm run fuzz:validation`) is a test tool
 * kept beside the pipe it checks. None has a role in the running service.
 */
export const ALLOWED = [
  /\/persistence\/demo-seed\.ts$/,
  /\/persistence\/first-people\.ts$/,
  /\/commands\/submit-complaint\/fuzz\/[\w-]+\.ts$/,
];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')
      ? [path]
      : [];
  });
}

/** `complaint.store.ts` → `store`; `status-page.ts` → null. */
export function roleSuffix(fileName: string): string | null {
  const parts = fileName.replace(/\.ts$/, '').split('.');
  return parts.length > 1 ? parts[parts.length - 1] : null;
}

/** Why a file breaks the naming rule, or null when it keeps it. */
export function namingProblem(path: string, text: string): string | null {
  const suffix = roleSuffix(path.slice(path.lastIndexOf('/') + 1));
  if (suffix !== null)
    return ROLE_SUFFIXES.includes(suffix) ? null : `.${suffix} is not a role suffix (${ROLE_SUFFIXES.join(', ')})`;
  if (ALLOWED.some((allowed) => allowed.test(path))) return null;
  return HAS_A_ROLE.some((pattern) => pattern.test(text))
    ? 'no role suffix, yet a Nest provider or I/O: name its role (.service, .job, .handler ...)'
    : null;
}

/** `<path>: <problem>` for each file of the services under `root` that breaks the rule, sorted. */
export function misnamedFiles(root: string): string[] {
  const apps = join(root, 'apps');
  return readdirSync(apps)
    .flatMap((app) => ROLE_FOLDERS.flatMap((folder) => sourceFiles(join(apps, app, 'src', folder))))
    .map((path) => relative(root, path))
    .flatMap((path) => {
      const problem = namingProblem(path, readFileSync(join(root, path), 'utf8'));
      return problem ? [`${path}: ${problem}`] : [];
    })
    .sort();
}
