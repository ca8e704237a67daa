import { spawn } from 'node:child_process';
import { existsSync, FSWatcher, readdirSync, readFileSync, watch } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { AppName, ServiceProcess } from './service-process';

/** The apps dev mode restarts, each its own process. */
export const DEV_APPS: readonly AppName[] = ['intake', 'triage', 'escalation', 'notifier', 'console'];

/** Which apps load each lib, directly or through another lib (`libs/<lib>` → apps). */
export type LibUsers = Record<string, AppName[]>;

/** Specs and editors' scratch files change nothing that runs. */
const IGNORED = [/\.spec\.ts$/, /\.e2e-spec\.ts$/, /~$/, /\.sw[a-z]$/, /(^|\/)\.#/, /(^|\/)4913$/];

/**
 * The apps to restart for these changed paths (relative to the repository, `/`-separated): an app's own files restart
 * it, a lib's restart the apps that load that lib; anything else (scripts, docs, specs) restarts nothing.
 */
export function appsToRestart(paths: readonly string[], libUsers: LibUsers): AppName[] {
  const apps = new Set<AppName>();
  for (const path of paths) {
    if (IGNORED.some((pattern) => pattern.test(path))) continue;
    const [top, name] = path.split('/');
    if (top === 'apps' && DEV_APPS.includes(name as AppName)) apps.add(name as AppName);
    // A lib not seen at start (new since) may be loaded by anyone.
    if (top === 'libs' && name) for (const app of libUsers[name] ?? DEV_APPS) apps.add(app);
  }
  return DEV_APPS.filter((app) => apps.has(app));
}

/** Reads which libs each app imports (`@redress/<lib>`, specs aside) and follows the libs' own imports. */
export function readLibUsers(root: string): LibUsers {
  const importsOf = (dir: string) => {
    const libs = new Set<string>();
    for (const file of sourceFiles(dir))
      for (const match of readFileSync(file, 'utf8').matchAll(/['"]@redress\/([a-z-]+)/g)) libs.add(match[1]);
    return libs;
  };
  const libDeps = new Map(readdirSync(join(root, 'libs')).map((lib) => [lib, importsOf(join(root, 'libs', lib))]));
  const users: LibUsers = Object.fromEntries([...libDeps.keys()].map((lib) => [lib, []]));
  for (const app of DEV_APPS) {
    const loaded = new Set<string>();
    const visit = (lib: string) => {
      if (loaded.has(lib)) return;
      loaded.add(lib);
      for (const dependency of libDeps.get(lib) ?? []) visit(dependency);
    };
    importsOf(join(root, 'apps', app)).forEach(visit);
    for (const lib of loaded) users[lib]?.push(app);
  }
  return users;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * Compiles the changed TypeScript files into dist/ as `npm run build` does (swc reads .swcrc), and removes the output
 * of deleted ones. Throws with swc's message when a file does not compile.
 */
export async function compileChanged(root: string, paths: readonly string[]): Promise<void> {
  const sources = paths.filter((path) => path.endsWith('.ts') && !IGNORED.some((pattern) => pattern.test(path)));
  const present = sources.filter((path) => existsSync(join(root, path)));
  for (const gone of sources.filter((path) => !present.includes(path)))
    for (const output of ['.js', '.js.map'])
      await rm(join(root, 'dist', gone.replace(/\.ts$/, output)), { force: true });
  if (present.length === 0) return;
  const swc = require.resolve('@swc/cli/bin/swc.js', { paths: [root] });
  const child = spawn(process.execPath, [swc, ...present, '-d', 'dist', '--quiet'], { cwd: root });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  if (code !== 0) throw new Error(output.trim() || `swc exited with ${code}`);
}

export interface DevWatchOptions {
  root: string;
  apps: Partial<Record<AppName, ServiceProcess>>;
  /** The runner's own lines. */
  say: (line: string) => void;
  /** Quiet time after the last change before rebuilding: an editor's save or a git checkout is many events. */
  debounceMs?: number;
  /** After each round of restarts, with the apps restarted (tests wait on it). */
  onRestarted?: (apps: AppName[]) => void;
}

/**
 * Watches apps/ and libs/ (Node's recursive fs.watch); when files change, recompiles them and restarts only the apps
 * that load them, one round at a time. A file that does not compile, or an app that fails to start, is reported and
 * the next save tries again; the others keep running.
 */
export function watchAndRestart(options: DevWatchOptions): { close(): void } {
  const { root, say, debounceMs = 150 } = options;
  const libUsers = readLibUsers(root);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let rounds = Promise.resolve();
  let closed = false;

  const round = async (paths: string[]) => {
    const apps = appsToRestart(paths, libUsers).filter((app) => options.apps[app]);
    if (apps.length === 0 || closed) return;
    say(`changed: ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`);
    try {
      await compileChanged(root, paths);
    } catch (error) {
      say('not restarting, the build failed:');
      for (const line of (error as Error).message.split('\n')) say(`  ${line}`);
      return;
    }
    say(`restarting ${apps.join(', ')}`);
    await Promise.all(
      apps.map(async (app) => {
        const service = options.apps[app] as ServiceProcess;
        const started = Date.now();
        try {
          await service.stop();
          if (closed) return;
          await service.start();
          say(`${app} restarted in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${service.pid})`);
        } catch (error) {
          say(`${app} did not start, waiting for the next change: ${(error as Error).message}`);
        }
      }),
    );
    options.onRestarted?.(apps);
  };

  const watchers: FSWatcher[] = ['apps', 'libs'].map((dir) =>
    watch(join(root, dir), { recursive: true }, (_event, file) => {
      if (!file) return;
      pending.add(
        relative(root, join(root, dir, file))
          .split(sep)
          .join('/'),
      );
      clearTimeout(timer);
      timer = setTimeout(() => {
        const paths = [...pending].sort();
        pending.clear();
        rounds = rounds.then(() => round(paths));
      }, debounceMs);
    }),
  );
  say('watching apps/ and libs/: a change restarts only the apps that load it');
  return {
    close: () => {
      closed = true;
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
