import { repoRoot } from '../stack/repo-root';
import { cycles, ImportEdge, importGraph, sourceFiles } from './import-graph';

const ROOT = repoRoot();
const EDGES = importGraph(ROOT, sourceFiles(ROOT, ['apps', 'libs', 'scripts', 'test']));

const appOf = (path: string | null) => /^apps\/([^/]+)\//.exec(path ?? '')?.[1];
const show = (edge: ImportEdge) => `${edge.from} -> ${edge.to ?? edge.specifier}`;

/** Packages a domain rule may not use: frameworks, the database, Kafka, validation and HTTP. */
const NOT_IN_DOMAIN =
  /^(@nestjs\/|typeorm$|pg$|kafkajs$|class-validator$|class-transformer$|fastify|@redress\/(messaging|timers|infra)$)/;

/**
 * The console and scripts files that still import a service's own code. They should reach a service through its public
 * routes' types (a shared API library) and its data sources through the provisioner only; until then this list may
 * shrink, never grow: a new file here fails the test.
 */
const KNOWN_REACH_INS = [
  'apps/console/src/pages/assignments.controller.ts',
  'apps/console/src/pages/callbacks.controller.ts',
  'apps/console/src/pages/review.controller.ts',
  'apps/console/src/upstream/escalation.api.ts',
  'apps/console/src/upstream/intake.api.ts',
  'apps/console/src/upstream/notifier.api.ts',
  'apps/console/src/upstream/triage.api.ts',
  'scripts/demo/steps/committee.ts',
  'scripts/demo/steps/customers.ts',
  'scripts/demo/steps/loop.ts',
  'scripts/demo/steps/playbooks.ts',
  'scripts/fuzz/validation-differential.ts',
  'scripts/ops/admin-token.cli.ts',
  'scripts/ops/notifications-resend.cli.ts',
  'scripts/provision.cli.ts',
  'scripts/stack/database-roles.integration.spec.ts',
  'scripts/stack/first-people.ts',
  'scripts/stack/provision.integration.spec.ts',
  'scripts/stack/provision.ts',
  'scripts/storm/storm-scenario.ts',
];

describe('the house rules', () => {
  it('services never import one another', () => {
    const crossing = EDGES.filter((edge) => {
      const from = appOf(edge.from);
      const to = appOf(edge.to);
      // The console's reach into services is the ratchet below.
      return from && to && from !== to && from !== 'console';
    });
    expect(crossing.map(show)).toEqual([]);
  });

  it('libraries never import an app', () => {
    expect(EDGES.filter((edge) => edge.from.startsWith('libs/') && appOf(edge.to)).map(show)).toEqual([]);
  });

  it('domain rules import no framework, database, Kafka, validation or HTTP library', () => {
    const framework = EDGES.filter(
      (edge) =>
        /^apps\/[^/]+\/src\/domain\//.test(edge.from) &&
        !edge.from.endsWith('.spec.ts') &&
        NOT_IN_DOMAIN.test(edge.specifier),
    );
    expect(framework.map(show)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(EDGES)).toEqual([]);
  });

  it("the console and scripts reach into no more services' code than they did", () => {
    const reaching = EDGES.filter(
      (edge) =>
        /^(apps\/console|scripts)\//.test(edge.from) &&
        /^apps\/(intake|triage|escalation|notifier)\//.test(edge.to ?? ''),
    );
    expect([...new Set(reaching.map((edge) => edge.from))].filter((file) => !KNOWN_REACH_INS.includes(file))).toEqual(
      [],
    );
  });

  it('reads imports as TypeScript does, so the rules can fail', () => {
    expect(EDGES.length).toBeGreaterThan(1000);
    expect(EDGES.some((edge) => edge.from.startsWith('apps/intake/') && edge.to === 'libs/platform/src/index.ts')).toBe(
      true,
    );
    expect(
      cycles([
        { from: 'a.ts', specifier: './b', to: 'b.ts', typeOnly: false },
        { from: 'b.ts', specifier: './a', to: 'a.ts', typeOnly: false },
      ]),
    ).toEqual([['a.ts', 'b.ts']]);
  });
});
