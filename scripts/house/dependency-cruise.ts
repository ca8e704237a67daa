import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from '../stack/repo-root';

const ROOT = repoRoot();
const CLI = join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
export const CONFIG = join(ROOT, '.dependency-cruiser.cjs');

/** The parts of dependency-cruiser's JSON result the house rules read. */
export interface Cruise {
  modules: { source: string; dependencies: { resolved: string; module: string; dependencyTypes: string[] }[] }[];
  summary: { violations: Violation[]; totalCruised: number; totalDependenciesCruised: number };
}

export interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
  cycle?: { name: string }[];
}

/**
 * Cruises `paths` (relative to `cwd`) with the house configuration, through the CLI: its API is ES modules only,
 * which jest runs without.
 */
export function cruise(paths: string[], cwd = ROOT): Cruise {
  const run = spawnSync(process.execPath, [CLI, '--config', CONFIG, '--output-type', 'json', ...paths], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // Exit status is the number of errors found; the JSON on stdout says which.
  if (!run.stdout) throw new Error(`dependency-cruiser failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as Cruise;
}

/** One line per violation: the rule, the import, and for a cycle the modules around it. */
export function showViolation(violation: Violation): string {
  const cycle = violation.cycle?.length ? ` (cycle: ${violation.cycle.map((step) => step.name).join(' -> ')})` : '';
  return `${violation.rule.name}: ${violation.from} -> ${violation.to}${cycle}`;
}

/**
 * What loading `entry` loads: the modules reachable from it through imports that remain at run time (type-only
 * imports are erased), packages included as the files they resolve to.
 */
export function loadedBy(tree: Cruise, entry: string): string[] {
  const dependencies = new Map(tree.modules.map((module) => [module.source, module.dependencies]));
  const loaded = new Set<string>([entry]);
  const queue = [entry];
  for (let source = queue.pop(); source !== undefined; source = queue.pop()) {
    for (const dependency of dependencies.get(source) ?? []) {
      if (dependency.dependencyTypes.includes('type-only') || loaded.has(dependency.resolved)) continue;
      loaded.add(dependency.resolved);
      queue.push(dependency.resolved);
    }
  }
  return [...loaded].sort();
}
