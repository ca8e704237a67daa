import { SERVICES, ServiceName } from '@redress/contracts';

/** Splits `a b --flag --name value` into positionals and options; only the options named in `valued` take a value. */
export function parseArgs(
  argv: string[],
  valued: string[] = [],
): { positionals: string[]; options: Record<string, string | true> } {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index];
    const name = arg.slice(2);
    if (!arg.startsWith('--')) positionals.push(arg);
    else if (!valued.includes(name)) options[name] = true;
    else if (argv[index + 1] === undefined) throw new Error(`${arg} needs a value`);
    else options[name] = argv[++index];
  }
  return { positionals, options };
}

export function serviceArg(value: string | undefined, usage: string): ServiceName {
  if (!(SERVICES as readonly string[]).includes(value ?? ''))
    throw new Error(`usage: ${usage} (service: ${SERVICES.join(', ')})`);
  return value as ServiceName;
}

/** Prints a CLI's failure without a stack trace and exits non-zero. */
export function runCli(name: string, main: () => Promise<void>): void {
  main().catch((error: Error) => {
    process.stderr.write(`${name}: ${error.message}\n`);
    process.exit(1);
  });
}
