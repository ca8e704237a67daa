import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_TYPES_FILE, clientTypes } from '../api-client/client-types';

/** `npm run client:generate`: writes the TypeScript client's types from intake's OpenAPI document. */
async function main(): Promise<void> {
  writeFileSync(join(process.cwd(), CLIENT_TYPES_FILE), clientTypes(process.cwd()));
  process.stdout.write(`wrote ${CLIENT_TYPES_FILE}\n`);
}

main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
