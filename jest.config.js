/**
 * One run for every test: unit specs beside the code (`*.spec.ts`) and end-to-end specs (`test/e2e/*.e2e-spec.ts`)
 * against one embedded Postgres and broker started by the global setup; each e2e file gets its own database,
 * topic prefix and service processes.
 */
const swc = {
  swcrc: false,
  sourceMaps: 'inline',
  module: { type: 'commonjs' },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
    // Rewrites @redress/* imports itself, so the global setup (loaded outside jest's resolver) finds them too.
    baseUrl: __dirname,
    paths: {
      ...Object.fromEntries(
        ['contracts', 'messaging', 'infra', 'platform', 'timers', 'http-api'].map((lib) => [
          `@redress/${lib}`,
          [`libs/${lib}/src`],
        ]),
      ),
      // The contracts' pure entry point, the only one domain rules import.
      '@redress/contracts/vocabulary': ['libs/contracts/src/vocabulary'],
      // What provisioning loads, without Nest (see libs/platform/src/provisioning/index.ts).
      '@redress/platform/provisioning': ['libs/platform/src/provisioning'],
      '@redress/messaging/provisioning': ['libs/messaging/src/provisioning'],
      '@redress/timers/provisioning': ['libs/timers/src/provisioning'],
    },
  },
};

module.exports = {
  rootDir: '.',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['@swc/jest', swc], '/node_modules/@nestjs/terminus/.+\\.js$': ['@swc/jest', swc] },
  // @nestjs/terminus ships ES modules only, which jest on Node 20 cannot require: compile it like our own code.
  transformIgnorePatterns: ['/node_modules/(?!@nestjs/terminus/)'],
  testMatch: [
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/scripts/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
    '<rootDir>/clients/**/*.spec.ts',
  ],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  maxWorkers: 2,
  testTimeout: 120_000,
};
