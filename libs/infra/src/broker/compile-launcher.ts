import { cp, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { MissingToolError, runCommand } from '../process/run-command';
import { OutputTail } from '../process/output-tail';
import { BrokerSources, CONFIGURE_FLAGS, LINK_LIBS } from './broker-sources';
import { applyMockPatches } from './mock-patches';

/**
 * Builds librdkafka's static library from a patched copy of its source (never
 * inside node_modules; see mock-patches.ts) and links the launcher against it, so the binary needs no
 * LD_LIBRARY_PATH. Writes `<outDir>/launcher`. `tail` collects the output.
 */
export async function compileLauncher(
  sources: BrokerSources,
  workDir: string,
  outDir: string,
  tail: OutputTail,
): Promise<string> {
  const run = (cmd: string, args: string[], cwd: string) => runCommand(cmd, args, { cwd, tail });
  await requireTools(workDir, tail);

  const rdkafka = join(workDir, 'librdkafka');
  await cp(sources.librdkafkaDir, rdkafka, { recursive: true });
  await applyMockPatches(rdkafka);
  await run('./configure', CONFIGURE_FLAGS, rdkafka);
  // Only the static library is needed: skips the C++ and shared libraries.
  await run('make', ['-j', String(availableParallelism()), 'librdkafka.a'], join(rdkafka, 'src'));

  await mkdir(outDir, { recursive: true });
  const binary = join(outDir, 'launcher');
  const rdkafkaSrc = join(rdkafka, 'src');
  await run(
    'gcc',
    ['-O2', '-I', rdkafkaSrc, '-o', binary, sources.launcherC, join(rdkafkaSrc, 'librdkafka.a'), ...LINK_LIBS],
    workDir,
  );
  return binary;
}

async function requireTools(cwd: string, tail: OutputTail): Promise<void> {
  for (const tool of ['gcc', 'make']) {
    try {
      await runCommand(tool, ['--version'], { cwd, tail });
    } catch (err) {
      if (err instanceof MissingToolError) {
        throw new Error(
          `building the embedded Kafka broker needs '${tool}', which is not installed (e.g. apt-get install gcc make)`,
        );
      }
      throw err;
    }
  }
}
