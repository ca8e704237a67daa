import { ProvisionJob, ProvisionReport } from '@redress/platform';
import { spawn } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { repoRoot } from './repo-root';
import { AppName } from './service-process';

/**
 * Runs one app's own part of provisioning as a process from the compiled tree (`apps/<app>/src/cli/provision.cli.ts`),
 * as the role `databaseUrl` names, and returns its report. The provisioner so needs none of an app's code: each app
 * migrates its schema and writes its own tables.
 */
export function provisionApp(app: AppName, databaseUrl: string, job: ProvisionJob = {}): Promise<ProvisionReport> {
  const dist = compiledTree();
  const cli = join(dist, 'apps', app, 'src', 'cli', 'provision.cli.js');
  const child = spawn(process.execPath, ['--enable-source-maps', cli, JSON.stringify(job)], {
    cwd: dirname(dist),
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      const last = stdout.trim().split('\n').pop();
      if (code === 0 && last) resolve(JSON.parse(last) as ProvisionReport);
      else reject(new Error(`${app}: ${stderr.trim() || `provisioning exited with ${code}`}`));
    });
  });
}

/**
 * The compiled tree: this file's own when it runs from it (as in the image, which has no nest-cli.json to find the
 * repository by), else the repository's dist/ (tests run the sources).
 */
function compiledTree(): string {
  const fromHere = join(__dirname, '..', '..');
  return basename(fromHere) === 'dist' ? fromHere : join(repoRoot(), 'dist');
}
