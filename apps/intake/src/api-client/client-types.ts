import { previewApiDocument } from '@redress/platform';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { loadIntakeSettings } from '../config/intake.settings';
import { INTAKE_API_DOCS } from '../intake.api-docs';
import { intakeModule } from '../intake.module';

/** Where the TypeScript client keeps the types of intake's routes (`npm run client:generate` writes it). */
export const CLIENT_TYPES_FILE = join('clients', 'typescript', 'src', 'intake.openapi.ts');

/** Enough settings to build the module: the preview connects to nothing, so these addresses are never used. */
const PREVIEW_ENV = { DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview', KAFKA_BROKERS: '127.0.0.1:1' };

const HEADER =
  "/**\n * The types of intake's HTTP routes, generated from its OpenAPI document by openapi-typescript.\n" +
  ' * Do not edit: `npm run client:generate` writes this file, and a test fails when it is out of date.\n */\n\n';

/**
 * openapi-typescript, run in a Node process of its own: it loads ES-module-only packages, which Node requires but
 * jest's module loader (where the freshness test runs) cannot. A file is bytes: `format: binary` becomes a Blob, to
 * upload (`fs.openAsBlob` streams one from disk) and what a download is read as. The document comes on stdin.
 */
const CONVERT = `
const { default: openapiTS, astToString } = require('openapi-typescript');
const ts = require('typescript');
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk)).on('end', async () => {
  const blob = ts.factory.createTypeReferenceNode('Blob');
  const ast = await openapiTS(JSON.parse(Buffer.concat(chunks).toString('utf8')), {
    alphabetize: true,
    transform: (schema) => (schema.format === 'binary' ? blob : undefined),
  });
  process.stdout.write(astToString(ast));
});`;

/** The client's types file as intake's controllers and DTOs describe the routes now. */
export async function clientTypes(repoRoot: string): Promise<string> {
  const document = await previewApiDocument(intakeModule(loadIntakeSettings(PREVIEW_ENV)), INTAKE_API_DOCS);
  const types = execFileSync(process.execPath, ['-e', CONVERT], {
    cwd: repoRoot,
    input: JSON.stringify(document),
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return HEADER + types;
}
