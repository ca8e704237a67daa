import { watchAndRestart } from './stack/dev-watch';
import { say, startLocal } from './stack/local-run';
import { repoRoot } from './stack/repo-root';

/**
 * `npm run dev`: what `npm start` runs, then watches the sources. A saved file is recompiled and only the apps that
 * load it restart; Postgres, the broker and the sinks stay up (scripts/stack/dev-watch.ts).
 */
let watcher: { close(): void } | undefined;
startLocal({ beforeStop: () => watcher?.close() })
  .then((stack) => {
    watcher = watchAndRestart({
      root: repoRoot(),
      apps: { ...stack.services, ...(stack.console ? { console: stack.console } : {}) },
      say,
    });
  })
  .catch((error: Error) => {
    say(`dev failed: ${error.stack ?? error.message}`);
    process.exit(1);
  });
