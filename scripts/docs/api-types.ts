import { SERVICES, ServiceName } from '@redress/contracts';
import { apiDocumentPath } from '@redress/platform';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A TypeScript file of route types generated from one service's OpenAPI document. */
export interface ApiTypesFile {
  service: ServiceName;
  path: string;
  /** Who reads it, for the header. */
  readers: string;
}

/**
 * Every types file `npm run docs:openapi` writes: the TypeScript client's (for client systems, intake only) and
 * libs/http-api's (the console, the demo and the scripts reach the services through these types only). Intake's types
 * are written once, in the client's file, which libs/http-api re-exports: two generated copies could only drift.
 */
export const API_TYPES_FILES: ApiTypesFile[] = [
  {
    service: 'intake',
    path: join('clients', 'typescript', 'src', 'intake.openapi.ts'),
    readers: 'the TypeScript client and libs/http-api',
  },
  ...SERVICES.filter((service) => service !== 'intake').map((service) => ({
    service,
    path: join('libs', 'http-api', 'src', 'generated', `${service}.openapi.ts`),
    readers: 'libs/http-api',
  })),
];

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
 * The types file as the service's OpenAPI document in docs/openapi/ describes the routes now (`npm run docs:openapi`
 * writes that document, and its own test keeps it in step with the controllers and DTOs).
 */
export function apiTypes(repoRoot: string, file: ApiTypesFile): string {
  const document = readFileSync(join(repoRoot, apiDocumentPath(file.service)), 'utf8');
  const types = execFileSync(process.execPath, ['-e', CONVERT], {
    cwd: repoRoot,
    input: document,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const header =
    `/**\n * The types of ${file.service}'s HTTP routes for ${file.readers}, generated from its OpenAPI document by\n` +
    ' * openapi-typescript. Do not edit: `npm run docs:openapi` writes this file, and a test fails when it is stale.\n */\n\n';
  return header + types;
}
