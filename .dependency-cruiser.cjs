/**
 * The house rules on imports, checked by dependency-cruiser in the test run (scripts/house/boundaries.spec.ts) and
 * by hand with `npm run depcruise`. Paths are relative to the repository root. npm packages resolve through
 * node_modules, which may be a symlink (worktrees), so package patterns match `node_modules/` anywhere in the path.
 */

/** The four services; the console is an app too, but a client of theirs like the scripts. */
const SERVICES = '(intake|triage|escalation|notifier)';

/** Domain rules: every file under a service's (or the console's) `src/domain`, its unit specs aside. */
const DOMAIN = { path: '^apps/([^/]+)/src/domain/', pathNot: '\\.spec\\.ts$' };

/** The files behind `@redress/contracts/vocabulary`: enumerations, event names and money. */
const VOCABULARY = '^libs/contracts/src/(vocabulary|event-types|events/vocabulary|money|zone-clock)\\.ts$';

/** Packages that are a framework, a database, Kafka, validation or HTTP: none belongs in a pure rule. */
const FRAMEWORKS =
  '(^|/)node_modules/(@nestjs/|typeorm/|pg/|pg-[^/]+/|kafkajs/|@confluentinc/|class-validator/|class-transformer/|' +
  'fastify/|@fastify/|nestjs-pino/|pino/|pino-http/|prom-client/|nodemailer/|reflect-metadata/|rxjs/)';

/** Node's modules that reach outside the process (files, network, other processes). */
const NODE_IO =
  '^(node:)?(fs|fs/promises|net|http|https|http2|dns|dns/promises|dgram|tls|child_process|cluster|worker_threads)$';

const config = {
  forbidden: [
    {
      name: 'services-never-import-each-other',
      comment: 'A service learns about another only from its events (libs/contracts) or its public HTTP routes.',
      severity: 'error',
      from: { path: `^apps/${SERVICES}/` },
      to: { path: '^apps/', pathNot: '^apps/$1/' },
    },
    {
      name: 'console-and-scripts-reach-services-only-via-libs',
      comment:
        "The console and scripts use a service's public routes and the libs, not its code: a renamed field there " +
        "would silently change a wire contract. A service's own chores (migrating, seeding) are its CLIs, run as processes.",
      severity: 'error',
      from: { path: '^(apps/console|scripts)/' },
      to: { path: `^apps/${SERVICES}/` },
    },
    {
      name: 'clients-stand-alone',
      comment:
        "A client library is what client systems copy or install: it uses its own generated types and npm packages, " +
        "never the monorepo's apps or libs, which are not shipped with it.",
      severity: 'error',
      from: { path: '^clients/' },
      to: { path: '^(apps|libs|scripts|test)/' },
    },
    {
      name: 'domain-imports-no-framework-db-kafka-or-validation',
      comment: 'Domain rules are pure functions of their inputs: no NestJS, TypeORM, pg, Kafka, class-validator, HTTP.',
      severity: 'error',
      from: DOMAIN,
      to: { path: FRAMEWORKS },
    },
    {
      name: 'domain-does-no-io',
      comment: 'Domain rules read no files and open no connections; adapters outside domain/ do that.',
      severity: 'error',
      from: DOMAIN,
      to: { dependencyTypes: ['core'], path: NODE_IO },
    },
    {
      name: 'domain-imports-only-the-vocabulary',
      comment:
        "Of the repository's code a domain rule imports its own domain/ and @redress/contracts/vocabulary only " +
        '(not the whole contracts, whose payload classes load class-validator, nor platform, messaging, timers).',
      severity: 'error',
      from: DOMAIN,
      to: { path: '^(apps|libs|scripts|test)/', pathNot: ['^apps/$1/src/domain/', VOCABULARY] },
    },
    {
      name: 'vocabulary-stays-pure',
      comment:
        "@redress/contracts/vocabulary loads only its own files; the envelope's types may name the payload classes " +
        'because type-only imports are erased at compile time.',
      severity: 'error',
      from: { path: VOCABULARY },
      to: { pathNot: VOCABULARY, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'libs-never-import-apps',
      comment: 'Libraries are shared by every app, so they depend on none.',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'no-cycles',
      comment:
        'Modules import one another in one direction; a cycle makes load order (and undefined imports) a matter of luck.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    // Type-only imports count for the layer rules (a domain type naming a TypeORM class still couples them).
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '(^|/)dist/' },
  },
};

module.exports = config;
