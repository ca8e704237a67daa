import { apiDocumentPath } from '@redress/platform';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the TypeScript client keeps the types of intake's routes (`npm run client:generate` writes it). */
export const CLIENT_TYPES_FILE = join('clients', 'typescript', 'src', 'intake.openapi.ts');

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

/**
 * The client's types file from intake's OpenAPI document as docs/openapi/intake.json holds it (`npm run docs:openapi`
 * writes that file and its own test keeps it fresh against the controllers and DTOs).
 */
export function clientTypes(repoRoot: string): string {
  const document = readFileSync(join(repoRoot, apiDocumentPath('intake')), 'utf8');
  const types = execFileSync(process.execPath, ['-e', CONVERT], {
    cwd: repoRoot,
    input: document,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return HEADER + types;
}
