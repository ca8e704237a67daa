import { stemEnglish } from './stem-english';
import { stemRussian } from './stem-russian';

/** A word of a complaint as written (lower case, "ё" as "е") and its stem. */
export interface Word {
  text: string;
  stem: string;
}

/** One word of a keyword phrase: its stem, or with a trailing `*` any word that begins with `prefix`. */
export type Term = { stem: string } | { prefix: string };

const normalise = (text: string): string => text.toLocaleLowerCase().replace(/ё/g, 'е').replace(/['’]/g, '');

/** Stems a word by its alphabet; digits and other scripts stay as written. */
export function stem(word: string): string {
  if (/^[а-я]+$/.test(word)) return stemRussian(word);
  if (/^[a-z]+$/.test(word)) return stemEnglish(word);
  return word;
}

/** The words of a text: runs of letters and digits, so "chocolate" never contains "late". Apostrophes join ("don't"). */
export function wordsOf(text: string): Word[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ({ text: word, stem: stem(word) }));
}

/** A keyword phrase of one or more words; `повреж*` matches any word beginning "повреж". */
export function termsOf(phrase: string): Term[] {
  return normalise(phrase)
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => (word.endsWith('*') ? { prefix: word.slice(0, -1) } : { stem: stem(word) }));
}

/** Where the phrase starts in the words, as consecutive words: every index. */
export function occurrences(words: readonly Word[], terms: readonly Term[]): number[] {
  const starts: number[] = [];
  for (let start = 0; start + terms.length <= words.length; start++) {
    if (terms.every((term, offset) => matches(words[start + offset], term))) starts.push(start);
  }
  return starts;
}

function matches(word: Word, term: Term): boolean {
  return 'prefix' in term ? word.text.startsWith(term.prefix) : word.stem === term.stem;
}
