import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { Cruise, cruise, loadedBy, showViolation } from './dependency-cruise';

const ROOT = repoRoot();
const TREE = cruise(['apps', 'libs', 'scripts', 'test', 'clients']);
const HEAVY_PACKAGES = /(^|\/)node_modules\/(@nestjs|kafkajs|class-validator|class-transformer|fastify)\//;

describe('the house rules (.dependency-cruiser.cjs)', () => {
  it('hold in the tree: services apart, console and scripts through libs, pure domain, libs below apps, no cycles', () => {
    expect(TREE.summary.violations.map(showViolation)).toEqual([]);
  });

  it('reads the whole tree, aliases and packages resolved as TypeScript does', () => {
    expect(TREE.summary.totalCruised).toBeGreaterThan(500);
    const targets = TREE.modules
      .filter((module) => module.source.startsWith('apps/intake/'))
      .flatMap((module) => module.dependencies.map((dependency) => dependency.resolved));
    expect(targets).toContain('libs/platform/src/index.ts');
    expect(targets.some((target) => /(^|\/)node_modules\/@nestjs\/common\//.test(target))).toBe(true);
  });

  // Every e2e stack runs five of these processes: loading Nest and kafkajs for a migration cost about a second each.
  it.each(['intake', 'triage', 'escalation', 'notifier', 'console'])(
    "%s's provisioning CLI loads no framework, Kafka or validation library",
    (app) => {
      const loaded = loadedBy(TREE, `apps/${app}/src/cli/provision.cli.ts`);
      expect(loaded).toContain('libs/platform/src/provisioning/index.ts');
      expect(loaded.filter((path) => HEAVY_PACKAGES.test(path))).toEqual([]);
    },
  );

  it('follows what loads at run time, not type-only imports', () => {
    const module = (source: string, ...dependencies: [string, string][]) => ({
      source,
      dependencies: dependencies.map(([resolved, type]) => ({ resolved, module: resolved, dependencyTypes: [type] })),
    });
    const tree = {
      modules: [
        module('a.ts', ['b.ts', 'local'], ['types.ts', 'type-only']),
        module('b.ts', ['node_modules/@nestjs/common/index.js', 'npm'], ['a.ts', 'local']),
        module('types.ts', ['node_modules/kafkajs/index.js', 'npm']),
      ],
    } as Cruise;
    expect(loadedBy(tree, 'a.ts')).toEqual(['a.ts', 'b.ts', 'node_modules/@nestjs/common/index.js']);
  });

  describe('fail on a probe of each kind', () => {
    // A small tree outside the repository with one import breaking each rule, and a few that are allowed.
    const PROBE: Record<string, string> = {
      'apps/intake/src/reach.ts': "import { y } from '../../triage/src/y';\nexport const x = y;",
      'apps/triage/src/y.ts': 'export const y = 1;',
      'apps/console/src/upstream/peek.ts': "import { y } from '../../../triage/src/y';\nexport const p = y;",
      'scripts/peek.ts': "import { y } from '../apps/triage/src/y';\nexport const p = y;",
      'scripts/provision.cli.ts': "import { y } from '../apps/triage/src/y';\nexport const p = y;",
      'apps/triage/src/domain/nest.ts': "import { Injectable } from '@nestjs/common';\nexport const n = Injectable;",
      'apps/triage/src/domain/orm.ts': "import { DataSource } from 'typeorm';\nexport type D = DataSource;",
      'apps/triage/src/domain/kafka.ts': "import { Kafka } from 'kafkajs';\nexport const k = Kafka;",
      'apps/triage/src/domain/valid.ts': "import { IsString } from 'class-validator';\nexport const v = IsString;",
      'apps/triage/src/domain/disk.ts': "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;",
      'apps/triage/src/domain/contracts.ts':
        "import { EventType } from '@redress/contracts';\nexport const e = EventType;",
      'apps/triage/src/domain/outside.ts': "import { y } from '../y';\nexport const p = y;",
      'apps/triage/src/domain/pure.ts':
        "import { createHash } from 'node:crypto';\nimport { EventType } from '@redress/contracts/vocabulary';\n" +
        "import { n } from './nest';\nexport const h = [createHash, EventType, n];",
      'libs/contracts/src/index.ts': "export { IsString } from 'class-validator';",
      'libs/contracts/src/vocabulary.ts':
        "export * from './event-types';\nexport type { IsString } from 'class-validator';\nexport * from './index';",
      'libs/contracts/src/event-types.ts': 'export const EventType = {};',
      'libs/platform/src/index.ts': "import { y } from '../../../apps/triage/src/y';\nexport const l = y;",
      'libs/platform/src/a.ts': "import { b } from './b';\nexport const a = () => b;",
      'libs/platform/src/b.ts': "import { a } from './a';\nexport const b = () => a;",
      // A cycle through a type-only import is erased at compile time: allowed.
      'libs/platform/src/c.ts': "import type { D } from './d';\nexport type C = D | number;\nexport const c = 1;",
      'libs/platform/src/d.ts': "import { c } from './c';\nexport type D = string;\nexport const d = c;",
      'clients/typescript/src/peek.ts': "import { l } from '../../../libs/platform/src/index';\nexport const p = l;",
      // A client's own files and npm packages are its to use.
      'clients/typescript/src/own.ts':
        "import createClient from 'openapi-fetch';\nimport { p } from './peek';\nexport const o = [createClient, p];",
    };
    let found: string[] = [];

    beforeAll(() => {
      const dir = mkdtempSync(join(tmpdir(), 'redress-boundaries-'));
      try {
        for (const [file, text] of Object.entries(PROBE)) {
          mkdirSync(join(dir, dirname(file)), { recursive: true });
          writeFileSync(join(dir, file), `${text}\n`);
        }
        writeFileSync(
          join(dir, 'tsconfig.json'),
          JSON.stringify({
            compilerOptions: {
              baseUrl: './',
              paths: {
                '@redress/contracts': ['libs/contracts/src'],
                '@redress/contracts/vocabulary': ['libs/contracts/src/vocabulary'],
                '@redress/platform': ['libs/platform/src'],
              },
            },
          }),
        );
        symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
        found = cruise(['apps', 'libs', 'scripts', 'clients'], dir).summary.violations.map(showViolation);
      } finally {
        rmSync(dir, { recursive: true });
      }
    });

    const expectFound = (line: string | RegExp) =>
      expect(found).toContainEqual(typeof line === 'string' ? line : expect.stringMatching(line));

    it('a service importing another', () => {
      expectFound('services-never-import-each-other: apps/intake/src/reach.ts -> apps/triage/src/y.ts');
    });

    it("the console or a script importing a service's code, the provisioner too", () => {
      expectFound(
        'console-and-scripts-reach-services-only-via-libs: apps/console/src/upstream/peek.ts -> apps/triage/src/y.ts',
      );
      expectFound('console-and-scripts-reach-services-only-via-libs: scripts/peek.ts -> apps/triage/src/y.ts');
      expectFound('console-and-scripts-reach-services-only-via-libs: scripts/provision.cli.ts -> apps/triage/src/y.ts');
    });

    it("a client library importing the monorepo's code, not its own or its packages", () => {
      expectFound('clients-stand-alone: clients/typescript/src/peek.ts -> libs/platform/src/index.ts');
      expect(found.filter((line) => line.includes('clients/typescript/src/own.ts'))).toEqual([]);
    });

    it('a domain rule importing a framework, the database, Kafka, validation or I/O', () => {
      for (const [file, target] of [
        ['nest', '@nestjs/common/'],
        ['orm', 'typeorm/'],
        ['kafka', 'kafkajs/'],
        ['valid', 'class-validator/'],
      ]) {
        expectFound(
          new RegExp(
            `^domain-imports-no-framework-db-kafka-or-validation: apps/triage/src/domain/${file}\\.ts -> .*node_modules/${target}`,
          ),
        );
      }
      expectFound('domain-does-no-io: apps/triage/src/domain/disk.ts -> fs');
    });

    it('a domain rule importing more than the vocabulary of our own code', () => {
      expectFound(
        'domain-imports-only-the-vocabulary: apps/triage/src/domain/contracts.ts -> libs/contracts/src/index.ts',
      );
      expectFound('domain-imports-only-the-vocabulary: apps/triage/src/domain/outside.ts -> apps/triage/src/y.ts');
      // node:crypto, the vocabulary and its own domain are allowed.
      expect(found.filter((line) => line.includes('domain/pure.ts'))).toEqual([]);
    });

    it('the vocabulary loading more than its own files (type-only imports aside)', () => {
      expectFound('vocabulary-stays-pure: libs/contracts/src/vocabulary.ts -> libs/contracts/src/index.ts');
      expect(found.filter((line) => line.includes('vocabulary.ts -> ') && line.includes('class-validator'))).toEqual(
        [],
      );
    });

    it('a library importing an app', () => {
      expectFound('libs-never-import-apps: libs/platform/src/index.ts -> apps/triage/src/y.ts');
    });

    it('an import cycle, but not one closed by a type-only import', () => {
      expectFound(/^no-cycles: libs\/platform\/src\/[ab]\.ts -> libs\/platform\/src\/[ab]\.ts/);
      expect(found.filter((line) => /src\/[cd]\.ts/.test(line))).toEqual([]);
    });
  });
});
