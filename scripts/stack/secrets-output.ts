import { FileHandle, open, unlink } from 'node:fs/promises';

/** Where secrets made by provisioning go, once. */
export interface SecretsOutput {
  /** For the report on stdout: where the secrets went, without them. */
  where: string;
  write(text: string): Promise<void>;
  /** Nothing was made after all: leaves no empty file behind. */
  abandon(): Promise<void>;
}

/**
 * A file created now with mode 0600 (an existing one is never overwritten), else the terminal. Without either there
 * is nowhere safe: stdout that is not a terminal is a pipe or a container's log, kept and shipped, so it gets nothing.
 */
export async function openSecretsOutput(
  file: string | undefined,
  stdout: { isTTY?: boolean; write(text: string): unknown },
): Promise<SecretsOutput> {
  if (file) {
    let handle: FileHandle;
    try {
      handle = await open(file, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST')
        throw new Error(`${file} already exists: secrets are written once, never over another file`);
      throw error;
    }
    // The mode given to open is narrowed by the umask; 0600 is what is wanted whatever the umask.
    await handle.chmod(0o600);
    return {
      where: `written to ${file} (mode 0600)`,
      write: async (text) => {
        await handle.writeFile(text);
        await handle.close();
      },
      abandon: async () => {
        await handle.close();
        await unlink(file);
      },
    };
  }
  if (stdout.isTTY)
    return {
      where: 'shown below, only now',
      write: async (text) => void stdout.write(text),
      abandon: async () => undefined,
    };
  throw new Error(
    'new secrets need a place: give --secrets-file <path> (or PROVISION_SECRETS_FILE), or run in a terminal; they are never printed to a log',
  );
}
