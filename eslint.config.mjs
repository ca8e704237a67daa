// ESLint for every TypeScript file, with type information (typescript-eslint's project service reads tsconfig.json).
// `npm run lint` runs it with a cache; scripts/house/lint.spec.ts runs it in the test run. The rules chosen catch
// defects (a promise nobody awaits, an async callback where a void one is expected, a loose ==, dead code); the
// ones turned off below would need tree-wide rewrites with no defect behind them, each with the reason.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.redress/**',
      'coverage/**',
      'test-results/**',
      // Generated from the OpenAPI documents (npm run docs:openapi); scripts/docs/api-types.spec.ts keeps them fresh.
      'clients/typescript/src/intake.openapi.ts',
      'libs/http-api/src/generated/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Defects worth an error beyond the recommended set.
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      '@typescript-eslint/return-await': ['error', 'in-try-catch'],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      'no-self-compare': 'error',
      'array-callback-return': 'error',
      // `const { secret, ...rest } = row` is how a field is left out; `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowBoolean: true, allowNullish: true, allowArray: true },
      ],

      // Off: JSON from Kafka, HTTP and Postgres arrives as `any` and is validated at the edge (class-validator,
      // compiled validators); typing every row and message would be a tree-wide rewrite with no defect behind it.
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      // Off: Nest lifecycle hooks and handlers are async by interface; an async function without await is harmless.
      '@typescript-eslint/require-await': 'off',
      // Off: style only; the compiler already checks that every assertion is compatible.
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      // Off: TypeORM's own API (entities, migrations lists) is typed with `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Off: its findings are String() of values parsed from JSON or Kafka headers, shown to a person on purpose;
      // objects in template literals are still caught by restrict-template-expressions.
      '@typescript-eslint/no-base-to-string': 'off',
      // Off: rethrown errors name a setting or file for a person and carry the original message already.
      'preserve-caught-error': 'off',
      // Off: flags initial values (`let failures = 0`) overwritten before use; the compiler checks use-before-set.
      'no-useless-assignment': 'off',
    },
  },
  {
    // Malformed-input tests send numbers too large for a double on purpose.
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
);
