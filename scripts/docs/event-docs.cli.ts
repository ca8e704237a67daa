import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { repoRoot } from '../stack/repo-root';
import { eventDocs, SCHEMAS_DIR } from './event-docs';

/** `npm run docs:events`: writes docs/asyncapi.json, docs/schemas/*.json and docs/kafka-acls.md from libs/contracts. */
async function main(): Promise<void> {
  const root = repoRoot();
  const files = eventDocs();
  // A schema of an event type that no longer exists would otherwise linger.
  const schemasDir = join(root, SCHEMAS_DIR);
  for (const name of await readdir(schemasDir).catch(() => [] as string[])) {
    if (!files.has(`${SCHEMAS_DIR}/${name}`)) await rm(join(schemasDir, name));
  }
  for (const [path, text] of files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  process.stdout.write(`wrote ${[...files.keys()].join(', ')}\n`);
}

main().catch((error: Error) => {
  console.error(`generating the event docs failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
