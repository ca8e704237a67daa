import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/** One import in the tree: the importing file and what it names, resolved to a file of the repository when it is one. */
export interface ImportEdge {
  from: string;
  specifier: string;
  /** Repository-relative path of the imported file, or null for a package (`@nestjs/core`, `node:fs`). */
  to: string | null;
  typeOnly: boolean;
}

const LIB_ALIAS = /^@redress\/([a-z-]+)$/;

/** Every .ts file under `dirs` (repository-relative), without declaration files. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(join(root, dir))) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist') continue;
      if (statSync(join(root, path)).isDirectory()) walk(path);
      else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) found.push(path);
    }
  };
  dirs.filter((dir) => existsSync(join(root, dir))).forEach(walk);
  return found.sort();
}

/** The imports of each file, as TypeScript's own pre-processor reads them (import, export-from, import type). */
export function importGraph(root: string, files: string[]): ImportEdge[] {
  return files.flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    const typeOnly = new Set(
      [...text.matchAll(/^\s*(?:import|export)\s+type\s[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]),
    );
    return ts.preProcessFile(text, true, true).importedFiles.map(({ fileName }) => ({
      from: file,
      specifier: fileName,
      to: resolveImport(root, file, fileName),
      typeOnly: typeOnly.has(fileName),
    }));
  });
}

function resolveImport(root: string, from: string, specifier: string): string | null {
  const alias = LIB_ALIAS.exec(specifier);
  const base = alias
    ? join(root, 'libs', alias[1], 'src')
    : specifier.startsWith('.')
      ? resolve(root, dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return relative(root, base);
}

/** Import cycles among the files (strongly connected components of more than one file), by Tarjan's algorithm. */
export function cycles(edges: ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    if (!edge.to || edge.typeOnly) continue;
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to]);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const target of next.get(node) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node) as number, low.get(target) as number));
      } else if (onStack.has(target)) low.set(node, Math.min(low.get(node) as number, index.get(target) as number));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}
