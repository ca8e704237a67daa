import { DEFAULT_PORTS, Env, readPort } from '../../libs/platform/src/config/settings';

/**
 * The console's default port is written here, not imported: its settings module loads the whole platform library,
 * seconds of CPU for a probe that runs every few seconds in every container.
 */
const PORTS: Record<string, number> = { ...DEFAULT_PORTS, console: 3004 };

/** The liveness URL of the process SERVICE names, on PORT or its default port, as the image's HEALTHCHECK calls it. */
export function liveUrl(env: Env): string {
  const service = env.SERVICE ?? '';
  if (!(service in PORTS))
    throw new Error(`setting SERVICE: "${service}" is not one of ${Object.keys(PORTS).join(', ')}`);
  return `http://127.0.0.1:${readPort(env, 'PORT', PORTS[service])}/health/live`;
}
