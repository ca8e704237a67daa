import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { API_TYPES_FILES, apiTypes } from './api-types';

/** The second half of `npm run docs:openapi`: the route types generated from the documents it has just written. */
async function main(): Promise<void> {
  const root = repoRoot();
  for (const file of API_TYPES_FILES) {
    await mkdir(dirname(join(root, file.path)), { recursive: true });
    await writeFile(join(root, file.path), apiTypes(root, file));
    process.stdout.write(`wrote ${file.path}\n`);
  }
}

main().catch((error: Error) => {
  console.error(`generating the route types failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
