import { ALL_EVENT_TYPES, EventType, SERVICES } from '@redress/contracts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { EVENT_CATALOGUE, publishersOf } from './event-catalogue';
import { eventDocs, SCHEMAS_DIR } from './event-docs';

const ROOT = repoRoot();

describe('event docs', () => {
  it('docs/ matches what libs/contracts generates', () => {
    const files = eventDocs();
    const differing = [...files].filter(([path, text]) => !existsSync(join(ROOT, path)) || readFileSync(join(ROOT, path), 'utf8') !== text);
    const stale = existsSync(join(ROOT, SCHEMAS_DIR))
      ? readdirSync(join(ROOT, SCHEMAS_DIR)).map((name) => `${SCHEMAS_DIR}/${name}`).filter((path) => !files.has(path))
      : [];
    const problems = [...differing.map(([path]) => `${path} differs or is missing`), ...stale.map((path) => `${path} is not generated`)];
    if (problems.length > 0) throw new Error(`docs/ is out of date: run npm run docs:events (${problems.join('; ')})`);
  });

  it('names the services that really consume each event type', () => {
    for (const service of SERVICES) {
      const consumed = sourceFiles(join(ROOT, 'apps', service, 'src', 'consumers'))
        .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/@OnEvent\(([^)]*)\)/g)])
        .flatMap(([, types]) => eventTypesIn(types));
      const documented = ALL_EVENT_TYPES.filter((type) => EVENT_CATALOGUE[type].consumers.includes(service));
      expect({ service, consumes: sorted(consumed) }).toEqual({ service, consumes: sorted(documented) });
    }
  });

  it('names the service that really publishes each event type', () => {
    for (const service of SERVICES) {
      const published = sourceFiles(join(ROOT, 'apps', service, 'src'))
        .filter((file) => !relative(join(ROOT, 'apps', service, 'src'), file).startsWith('consumers'))
        .flatMap((file) => eventTypesIn([...readFileSync(file, 'utf8').matchAll(/type: EventType\.\w+/g)].join(' ')));
      const documented = ALL_EVENT_TYPES.filter((type) => publishersOf(type).includes(service));
      expect({ service, publishes: sorted(published) }).toEqual({ service, publishes: sorted(documented) });
    }
  });
});

function eventTypesIn(source: string): EventType[] {
  return [...source.matchAll(/EventType\.(\w+)/g)].map(([, name]) => EventType[name as keyof typeof EventType]);
}

function sorted(types: EventType[]): EventType[] {
  return [...new Set(types)].sort();
}

/** Production sources below `dir`, specs left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.(spec|integration\.spec|e2e-spec)\.ts$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}
