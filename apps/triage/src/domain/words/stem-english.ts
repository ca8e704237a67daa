/**
 * The Porter stemmer (M.F. Porter, 1980), so "delays", "delayed" and "delaying" all count as "delay" while "chocolate"
 * stays a word of its own. Expects a lower-case word of Latin letters.
 */
export function stemEnglish(word: string): string {
  if (word.length <= 2) return word;
  let stem = step1a(word);
  stem = step1b(stem);
  stem = step1c(stem);
  stem = replaceFirst(stem, STEP2, (base) => measure(base) > 0);
  stem = replaceFirst(stem, STEP3, (base) => measure(base) > 0);
  stem = step4(stem);
  return step5(stem);
}

function isConsonant(word: string, index: number): boolean {
  const letter = word[index];
  if ('aeiou'.includes(letter)) return false;
  if (letter === 'y') return index === 0 || !isConsonant(word, index - 1);
  return true;
}

/** Porter's m: the number of vowel-consonant sequences. */
function measure(word: string): number {
  let count = 0;
  let previousVowel = false;
  for (let index = 0; index < word.length; index++) {
    const vowel = !isConsonant(word, index);
    if (previousVowel && !vowel) count++;
    previousVowel = vowel;
  }
  return count;
}

const hasVowel = (word: string): boolean => [...word].some((_, index) => !isConsonant(word, index));

const endsWithDoubleConsonant = (word: string): boolean =>
  word.length >= 2 && word.at(-1) === word.at(-2) && isConsonant(word, word.length - 1);

/** Consonant-vowel-consonant at the end, the last not w, x or y (*o in Porter's paper). */
function endsCvc(word: string): boolean {
  const n = word.length;
  return (
    n >= 3 &&
    isConsonant(word, n - 3) &&
    !isConsonant(word, n - 2) &&
    isConsonant(word, n - 1) &&
    !'wxy'.includes(word[n - 1])
  );
}

/** The first suffix that ends the word decides: replaced when its condition holds, otherwise the word stays. */
function replaceFirst(word: string, rules: readonly [string, string][], condition: (base: string) => boolean): string {
  const rule = rules.find(([suffix]) => word.endsWith(suffix));
  if (!rule) return word;
  const base = word.slice(0, word.length - rule[0].length);
  return condition(base) ? base + rule[1] : word;
}

function step1a(word: string): string {
  if (word.endsWith('sses') || word.endsWith('ies')) return word.slice(0, -2);
  if (word.endsWith('ss')) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

function step1b(word: string): string {
  if (word.endsWith('eed')) return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
  const suffix = word.endsWith('ed') ? 'ed' : word.endsWith('ing') ? 'ing' : undefined;
  if (!suffix) return word;
  const base = word.slice(0, -suffix.length);
  if (!hasVowel(base)) return word;
  if (base.endsWith('at') || base.endsWith('bl') || base.endsWith('iz')) return base + 'e';
  if (endsWithDoubleConsonant(base) && !'lsz'.includes(base.at(-1)!)) return base.slice(0, -1);
  if (measure(base) === 1 && endsCvc(base)) return base + 'e';
  return base;
}

function step1c(word: string): string {
  return word.endsWith('y') && hasVowel(word.slice(0, -1)) ? word.slice(0, -1) + 'i' : word;
}

const STEP2: [string, string][] = [
  ['ational', 'ate'],
  ['tional', 'tion'],
  ['enci', 'ence'],
  ['anci', 'ance'],
  ['izer', 'ize'],
  ['bli', 'ble'],
  ['alli', 'al'],
  ['entli', 'ent'],
  ['eli', 'e'],
  ['ousli', 'ous'],
  ['ization', 'ize'],
  ['ation', 'ate'],
  ['ator', 'ate'],
  ['alism', 'al'],
  ['iveness', 'ive'],
  ['fulness', 'ful'],
  ['ousness', 'ous'],
  ['aliti', 'al'],
  ['iviti', 'ive'],
  ['biliti', 'ble'],
  ['logi', 'log'],
];

const STEP3: [string, string][] = [
  ['icate', 'ic'],
  ['ative', ''],
  ['alize', 'al'],
  ['iciti', 'ic'],
  ['ical', 'ic'],
  ['ful', ''],
  ['ness', ''],
];

/** Longest first where one suffix ends another. */
const STEP4 = [
  'ement',
  'ment',
  'ent',
  'ance',
  'ence',
  'able',
  'ible',
  'ant',
  'al',
  'er',
  'ic',
  'ion',
  'ou',
  'ism',
  'ate',
  'iti',
  'ous',
  'ive',
  'ize',
];

function step4(word: string): string {
  const suffix = STEP4.find((candidate) => word.endsWith(candidate));
  if (!suffix) return word;
  const base = word.slice(0, -suffix.length);
  if (measure(base) <= 1) return word;
  if (suffix === 'ion' && !(base.endsWith('s') || base.endsWith('t'))) return word;
  return base;
}

function step5(word: string): string {
  let stem = word;
  if (stem.endsWith('e')) {
    const base = stem.slice(0, -1);
    const m = measure(base);
    if (m > 1 || (m === 1 && !endsCvc(base))) stem = base;
  }
  if (measure(stem) > 1 && endsWithDoubleConsonant(stem) && stem.endsWith('l')) stem = stem.slice(0, -1);
  return stem;
}
