import { hashToken, newToken } from '@redress/platform';
import { runCli } from './cli-args';

/**
 * `npm run ops:token`: a new ops token (`rp_...`), shown only now, and its SHA-256. Add the hash to OPS_TOKEN_HASHES
 * on all four services (comma-separated; keep the old one listed until its holder switched) and give the token to
 * the person on call: it reads and replays dead letters through `/dead-letters` and the console.
 */
runCli('ops:token', async () => {
  const token = newToken('rp');
  process.stdout.write(`ops token, shown only now: ${token}\nits SHA-256, for OPS_TOKEN_HASHES: ${hashToken(token)}\n`);
});
