import { Channel, CHANNELS } from '@redress/contracts';
import { Env } from '@redress/platform';

/**
 * The channels this deployment delivers on (CHANNELS, comma-separated; all three by default). A deployment without an
 * SMS gateway says `CHANNELS=email,webhook`: customers are then reached by email where they gave one.
 */
export function readEnabledChannels(env: Env): Channel[] {
  const text = env.CHANNELS?.trim();
  if (!text) return [...CHANNELS];
  const named = text
    .split(',')
    .map((channel) => channel.trim())
    .filter(Boolean);
  const unknown = named.filter((channel) => !(CHANNELS as readonly string[]).includes(channel));
  if (unknown.length > 0 || named.length === 0)
    throw new Error(`setting CHANNELS: "${text}" is not a list of ${CHANNELS.join(', ')}`);
  return CHANNELS.filter((channel) => named.includes(channel));
}
