import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './repo-root';
import { SERVICE_NODE_FLAGS, SERVICE_NODE_OPTIONS } from './service-process';

describe('service processes', () => {
  it('run with the same Node flags locally and in the image', () => {
    const dockerfile = readFileSync(join(repoRoot(), 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain(`exec node ${SERVICE_NODE_FLAGS.join(' ')} dist/apps/`);
    expect(dockerfile).toContain(`ENV NODE_OPTIONS=${SERVICE_NODE_OPTIONS}\n`);
  });
});
