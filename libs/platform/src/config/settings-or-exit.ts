/**
 * Loads a process's settings, or stops it with exit code 1 and one line per problem, each naming the setting, for the
 * operator reading the container's log: no stack trace.
 */
export function settingsOrExit<T>(name: string, load: () => T): T {
  try {
    return load();
  } catch (error) {
    const lines = (error as Error).message.split('\n');
    process.stderr.write(lines.map((line) => `${name}: ${line}\n`).join(''));
    process.exit(1);
  }
}
