import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { MOCK_PATCHES } from './mock-patches';

/** Where the inputs of the broker build live, and a hash identifying them. */
export interface BrokerSources {
  launcherC: string;
  librdkafkaDir: string;
  librdkafkaVersion: string;
  hash: string;
}

/** Build recipe; part of the cache hash so changing it forces a rebuild. */
export const CONFIGURE_FLAGS = [
  '--disable-ssl',
  '--disable-gssapi',
  '--disable-zstd',
  '--disable-lz4-ext',
  '--disable-curl',
  '--disable-zlib',
  '--disable-syslog',
];
export const LINK_LIBS = ['-lm', '-ldl', '-lpthread', '-lrt'];

const LAUNCHER_PATH = join('libs', 'infra', 'broker', 'launcher.c');
const RDKAFKA_PACKAGE = '@confluentinc/kafka-javascript';

export function locateBrokerSources(): BrokerSources {
  const launcherC = findLauncherSource();
  const { librdkafkaDir, librdkafkaVersion } = findLibrdkafka();
  const hash = createHash('sha256')
    .update(readFileSync(launcherC))
    .update(librdkafkaVersion)
    // rdkafka.h carries the exact version number, even across repackaging.
    .update(readFileSync(join(librdkafkaDir, 'src', 'rdkafka.h')))
    .update(
      JSON.stringify({ CONFIGURE_FLAGS, LINK_LIBS, MOCK_PATCHES, platform: process.platform, arch: process.arch }),
    )
    .digest('hex')
    .slice(0, 16);
  return { launcherC, librdkafkaDir, librdkafkaVersion, hash };
}

/** Walks up from this file so it works from src/ and from compiled dist/. */
function findLauncherSource(): string {
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = join(dir, LAUNCHER_PATH);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new Error(`cannot find ${LAUNCHER_PATH} above ${__dirname}`);
}

function findLibrdkafka(): { librdkafkaDir: string; librdkafkaVersion: string } {
  let packageJson: string;
  try {
    packageJson = require.resolve(`${RDKAFKA_PACKAGE}/package.json`);
  } catch {
    throw new Error(`${RDKAFKA_PACKAGE} is not installed; it provides the librdkafka source (run npm ci)`);
  }
  const pkg = JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string; librdkafka?: string };
  const librdkafkaDir = join(dirname(packageJson), 'deps', 'librdkafka');
  if (!existsSync(join(librdkafkaDir, 'configure'))) {
    throw new Error(`librdkafka source missing under ${librdkafkaDir}`);
  }
  return { librdkafkaDir, librdkafkaVersion: `${RDKAFKA_PACKAGE}@${pkg.version} librdkafka ${pkg.librdkafka ?? '?'}` };
}
