import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** A markdown link as written: where it points, and the line it is on (for the message of a broken one). */
export interface DocLink {
  target: string;
  line: number;
}

/**
 * The inline links of a markdown text (`[text](target)`, images too), outside fenced code blocks and code spans,
 * where a link-like text is an example, not a link.
 */
export function linksIn(markdown: string): DocLink[] {
  const links: DocLink[] = [];
  let fenced = false;
  markdown.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    if (fenced) return;
    const prose = text.replace(/`[^`]*`/g, '``');
    for (const match of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) links.push({ target: match[1], line: index + 1 });
  });
  return links;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped (letters, digits, `-` and `_` kept), spaces to `-`. */
export function headingSlug(heading: string): string {
  const text = heading
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase();
  return text.replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** Every anchor a markdown text offers: its headings' slugs, a repeated one numbered as GitHub does (`-1`, `-2`). */
export function anchorsIn(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const text of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(text);
    if (!heading) continue;
    const slug = headingSlug(heading[1]);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** README.md and every markdown file under docs/, as paths relative to `root`. */
export function documentationFiles(root: string): string[] {
  const underDocs = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) return underDocs(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  return ['README.md', ...underDocs('docs')];
}

/**
 * The links of `file` (relative to `root`) that lead nowhere: a local path that does not exist, or an anchor that no
 * heading of the markdown file it names (or of `file` itself) has. Web addresses are not followed.
 */
export function brokenLinks(root: string, file: string): string[] {
  const markdown = readFileSync(join(root, file), 'utf8');
  return linksIn(markdown).flatMap(({ target, line }) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return [];
    const [pathPart, anchor] = splitAnchor(target);
    const path = pathPart === '' ? file : relative(root, join(root, dirname(file), decodeURIComponent(pathPart)));
    const where = `${file}:${line} (${target})`;
    if (path.startsWith('..') || !existsSync(join(root, path))) return [`${where}: no file ${path}`];
    if (anchor === null || statSync(join(root, path)).isDirectory() || !path.endsWith('.md')) return [];
    const anchors = anchorsIn(path === file ? markdown : readFileSync(join(root, path), 'utf8'));
    return anchors.has(anchor) ? [] : [`${where}: ${path} has no heading #${anchor}`];
  });
}

function splitAnchor(target: string): [string, string | null] {
  const hash = target.indexOf('#');
  return hash === -1 ? [target, null] : [target.slice(0, hash), decodeURIComponent(target.slice(hash + 1))];
}
