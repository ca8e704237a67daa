import { ensureBrokerBinary } from './build-broker';

// `npm run broker:build`: builds (or finds cached) the launcher, prints its path.
ensureBrokerBinary({ log: (line) => console.error(line) }).then(
  (path) => console.log(path),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
