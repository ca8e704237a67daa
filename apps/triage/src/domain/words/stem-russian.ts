/**
 * The Snowball Russian stemmer (M.F. Porter), so "задержка", "задержки" and "задержку" count as one word. Expects a
 * lower-case word of Cyrillic letters with "ё" already written as "е".
 */
export function stemRussian(word: string): string {
  const rv = afterFirstVowel(word, 0);
  const r2 = afterVowelThenConsonant(word, afterVowelThenConsonant(word, 0));
  let stem = removeGerund(word, rv) ?? removeInflection(removeEnding(word, rv, REFLEXIVE) ?? word, rv);
  stem = removeEnding(stem, rv, ['и']) ?? stem;
  stem = removeEnding(stem, r2, ['ость', 'ост']) ?? stem;
  return tidyUp(stem, rv);
}

const VOWELS = 'аеиоуыэюя';

function afterFirstVowel(word: string, from: number): number {
  for (let index = from; index < word.length; index++) if (VOWELS.includes(word[index])) return index + 1;
  return word.length;
}

/** The start of R1 (from 0) or R2 (from R1): after the first consonant that follows a vowel. */
function afterVowelThenConsonant(word: string, from: number): number {
  for (let index = from + 1; index < word.length; index++) {
    if (!VOWELS.includes(word[index]) && VOWELS.includes(word[index - 1])) return index + 1;
  }
  return word.length;
}

/** The longest of `endings` that ends the word inside the region starting at `from`, removed; undefined if none. */
function removeEnding(word: string, from: number, endings: readonly string[], afterAOrYa = false): string | undefined {
  let longest = '';
  for (const ending of endings) {
    if (ending.length > longest.length && word.endsWith(ending) && word.length - ending.length >= from)
      longest = ending;
  }
  if (!longest) return undefined;
  const base = word.slice(0, word.length - longest.length);
  if (afterAOrYa && !(base.length > from && (base.endsWith('а') || base.endsWith('я')))) return undefined;
  return base;
}

/** Endings of the first group count only after "а" or "я", which stay; the second group's always count. */
function removeGrouped(
  word: string,
  from: number,
  first: readonly string[],
  second: readonly string[],
): string | undefined {
  const all = [...first, ...second];
  let longest = '';
  for (const ending of all) {
    if (ending.length > longest.length && word.endsWith(ending) && word.length - ending.length >= from)
      longest = ending;
  }
  if (!longest) return undefined;
  return removeEnding(word, from, [longest], first.includes(longest) && !second.includes(longest));
}

const REFLEXIVE = ['ся', 'сь'];
const ADJECTIVE = [
  'ее',
  'ие',
  'ые',
  'ое',
  'ими',
  'ыми',
  'ей',
  'ий',
  'ый',
  'ой',
  'ем',
  'им',
  'ым',
  'ом',
  'его',
  'ого',
  'ему',
  'ому',
  'их',
  'ых',
  'ую',
  'юю',
  'ая',
  'яя',
  'ою',
  'ею',
];
const NOUN = [
  'а',
  'ев',
  'ов',
  'ие',
  'ье',
  'е',
  'иями',
  'ями',
  'ами',
  'еи',
  'ии',
  'и',
  'ией',
  'ей',
  'ой',
  'ий',
  'й',
  'иям',
  'ям',
  'ием',
  'ем',
  'ам',
  'ом',
  'о',
  'у',
  'ах',
  'иях',
  'ях',
  'ы',
  'ь',
  'ию',
  'ью',
  'ю',
  'ия',
  'ья',
  'я',
];

function removeGerund(word: string, rv: number): string | undefined {
  return removeGrouped(word, rv, ['в', 'вши', 'вшись'], ['ив', 'ивши', 'ившись', 'ыв', 'ывши', 'ывшись']);
}

function removeInflection(word: string, rv: number): string {
  const adjective = removeEnding(word, rv, ADJECTIVE);
  if (adjective !== undefined)
    return removeGrouped(adjective, rv, ['ем', 'нн', 'вш', 'ющ', 'щ'], ['ивш', 'ывш', 'ующ']) ?? adjective;
  const verb = removeGrouped(
    word,
    rv,
    ['ла', 'на', 'ете', 'йте', 'ли', 'й', 'л', 'ем', 'н', 'ло', 'но', 'ет', 'ют', 'ны', 'ть', 'ешь', 'нно'],
    [
      'ила',
      'ыла',
      'ена',
      'ейте',
      'уйте',
      'ите',
      'или',
      'ыли',
      'ей',
      'уй',
      'ил',
      'ыл',
      'им',
      'ым',
      'ен',
      'ило',
      'ыло',
      'ено',
      'ят',
      'ует',
      'уют',
      'ит',
      'ыт',
      'ены',
      'ить',
      'ыть',
      'ишь',
      'ую',
      'ю',
    ],
  );
  return verb ?? removeEnding(word, rv, NOUN) ?? word;
}

/** A superlative ending goes and "нн" becomes "н"; or a final soft sign goes. */
function tidyUp(word: string, rv: number): string {
  const plain = removeEnding(word, rv, ['ейше', 'ейш']) ?? word;
  if (plain.endsWith('нн') && plain.length - 1 >= rv) return plain.slice(0, -1);
  if (plain === word && word.endsWith('ь') && word.length - 1 >= rv) return word.slice(0, -1);
  return plain;
}
