import { SERVICES } from '@redress/contracts';
import { apiDocumentPath } from '@redress/platform';
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { repoRoot } from '../stack/repo-root';

/**
 * `npm run docs:openapi`: writes docs/openapi/<service>.json for the four services. Each service prints its own
 * document (`apps/<service>/src/cli/openapi.cli.ts`), so scripts need not import a service's code.
 */
async function main(): Promise<void> {
  const root = repoRoot();
  for (const service of SERVICES) {
    const cli = join(root, 'dist', 'apps', service, 'src', 'cli', 'openapi.cli.js');
    const text = execFileSync(process.execPath, [cli], { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
    const path = join(root, apiDocumentPath(service));
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text);
    process.stdout.write(`wrote ${apiDocumentPath(service)}\n`);
  }
}

main().catch((error: Error) => {
  console.error(`generating the OpenAPI documents failed: ${error.stack ?? error.message}`);
  process.exit(1);
});
