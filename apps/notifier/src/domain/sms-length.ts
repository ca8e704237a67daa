/**
 * How long an SMS is on the air, and cutting one down to a number of segments. Pure.
 *
 * A text of GSM 03.38 characters only goes as GSM-7: 160 septets in one segment, 153 per segment when concatenated
 * (the rest carries the concatenation header); the extension characters (€, [, ], {, }, ...) take two septets. Any
 * other character (Cyrillic, emoji) sends the whole text as UCS-2: 70 UTF-16 units in one segment, 67 when
 * concatenated.
 */

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

export type SmsAlphabet = 'gsm-7' | 'ucs-2';

const LIMITS: Record<SmsAlphabet, { single: number; concatenated: number }> = {
  'gsm-7': { single: 160, concatenated: 153 },
  'ucs-2': { single: 70, concatenated: 67 },
};

export function smsAlphabet(text: string): SmsAlphabet {
  for (const char of text) if (!GSM_BASIC.has(char) && !GSM_EXTENSION.has(char)) return 'ucs-2';
  return 'gsm-7';
}

/** Septets (GSM-7) or UTF-16 units (UCS-2) a character takes. */
function units(char: string, alphabet: SmsAlphabet): number {
  if (alphabet === 'ucs-2') return char.length;
  return GSM_EXTENSION.has(char) ? 2 : 1;
}

function length(text: string, alphabet: SmsAlphabet): number {
  let total = 0;
  for (const char of text) total += units(char, alphabet);
  return total;
}

/** The segments a text takes. */
export function smsSegments(text: string): number {
  const alphabet = smsAlphabet(text);
  const { single, concatenated } = LIMITS[alphabet];
  const used = length(text, alphabet);
  return used <= single ? 1 : Math.ceil(used / concatenated);
}

/** What `segments` segments hold. */
function capacity(segments: number, alphabet: SmsAlphabet): number {
  const { single, concatenated } = LIMITS[alphabet];
  return segments === 1 ? single : segments * concatenated;
}

/**
 * The text as it is when it fits in `maxSegments`; else cut at the last word that fits, marked with "..." and followed
 * by `link` (where the customer reads the rest), unless the part kept already has it.
 */
export function capSms(text: string, maxSegments: number, link?: string | null): string {
  if (smsSegments(text) <= maxSegments) return text;
  const suffix = link ? `... ${link}` : '...';
  // The alphabet of the whole: a kept part without its non-GSM characters still fits in the UCS-2 budget.
  const alphabet = smsAlphabet(text + suffix);
  const room = capacity(maxSegments, alphabet) - length(suffix, alphabet);
  const chars = [...text];
  let used = 0;
  let wordEnd = 0;
  let charEnd = 0;
  for (const [index, char] of chars.entries()) {
    if (/\s/.test(char)) wordEnd = index;
    used += units(char, alphabet);
    if (used > room) break;
    charEnd = index + 1;
  }
  // A single word longer than the room is cut inside it rather than dropped whole.
  const kept = chars
    .slice(0, wordEnd > 0 ? wordEnd : charEnd)
    .join('')
    .trimEnd();
  return link && kept.includes(link) ? `${kept}...` : kept + suffix;
}

/**
 * An SMS written with placeholders, capped again once the form of address and the reference are in (they can be
 * longer than the placeholders): still at most `maxSegments`, still ending with its link. The link is the URL the
 * text ends with; a text cut when it was written loses that cut's `...` first, so it is cut once.
 */
export function recapSms(text: string, maxSegments: number): string {
  if (smsSegments(text) <= maxSegments) return text;
  const link = /(https?:\/\/\S+)$/.exec(text)?.[1] ?? null;
  const whole = link && text.endsWith(`... ${link}`) ? text.slice(0, -`... ${link}`.length) : text;
  return capSms(whole, maxSegments, link);
}
