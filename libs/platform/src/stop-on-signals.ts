import { Logger } from '@nestjs/common';

/**
 * Runs `close` once on SIGTERM or SIGINT, then exits. Started by `npm start` or the tests (EXIT_WITH_PARENT=1), the
 * process also stops when its parent goes away, even when the parent was killed outright.
 */
export function stopOnSignals(logger: Logger, close: () => Promise<void>): void {
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing in-flight work`);
    await close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  if (process.env.EXIT_WITH_PARENT === '1') process.stdin.once('end', () => void stop('parent gone')).resume();
}
