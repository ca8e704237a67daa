import { parseDuration } from './duration';

/** The environment a process reads its settings from (process.env, or a test's own object). */
export type Env = Record<string, string | undefined>;

export function required(env: Env, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`setting ${name} is required`);
  return value;
}

export function readDuration(env: Env, name: string, fallback: string): number {
  try {
    return parseDuration(env[name] ?? fallback);
  } catch (error) {
    throw new Error(`setting ${name}: ${(error as Error).message}`);
  }
}

/** A whole-number setting within bounds; a bad value stops start-up with a message naming the setting and its range. */
export function readWholeNumber(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of ${min} or more` : `from ${min} to ${max}`;
    throw new Error(`setting ${name}: "${text}" is not a whole number ${range}`);
  }
  return value;
}

/** An http(s) base URL (a peer service's), without its trailing slash; unset or empty takes the fallback. */
export function readBaseUrl(env: Env, name: string, fallback: string): string {
  const text = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`setting ${name}: "${text}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`setting ${name}: use an http(s) URL`);
  return text.replace(/\/+$/, '');
}
