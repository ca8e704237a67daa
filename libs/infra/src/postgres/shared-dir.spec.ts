import { chmod, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureSharedDir } from './shared-dir';

const modeOf = async (path: string) => (await stat(path)).mode & 0o777;

describe('ensureSharedDir', () => {
  let base: string;
  let umaskBefore: number;

  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'redress-shared-'));
    umaskBefore = process.umask(0o077);
  });

  afterEach(async () => {
    process.umask(umaskBefore);
    await rm(base, { recursive: true, force: true });
  });

  it('creates every missing folder enterable by all, whatever the umask', async () => {
    await ensureSharedDir(join(base, 'a', 'b'));
    expect([await modeOf(join(base, 'a')), await modeOf(join(base, 'a', 'b'))]).toEqual([0o755, 0o755]);
  });

  it('opens an existing folder of ours to readers', async () => {
    await mkdir(join(base, 'closed'), { mode: 0o700 });
    await ensureSharedDir(join(base, 'closed'));
    expect(await modeOf(join(base, 'closed'))).toBe(0o755);
  });

  it('refuses a folder others can write to', async () => {
    await mkdir(join(base, 'open'));
    await chmod(join(base, 'open'), 0o775);
    await expect(ensureSharedDir(join(base, 'open'))).rejects.toThrow(/refusing to use .*open.*mode 775/);
  });
});
