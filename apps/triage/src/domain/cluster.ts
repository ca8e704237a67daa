/** Two complaints resemble each other when they share at least this many significant words. */
export const MIN_SHARED_WORDS = 2;
/** Words this short carry little meaning on their own ("late" is caught by the rules, not by clustering). */
const MIN_WORD_LENGTH = 4;
/** Comparing stems lets "courier" and "couriers", "доставка" and "доставку" meet. */
const STEM_LENGTH = 6;
/** The cluster is named by its most shared words, a handful at most. */
const NAME_WORDS = 3;

const STOP_WORDS = new Set([
  // English
  'about',
  'after',
  'again',
  'also',
  'because',
  'been',
  'before',
  'being',
  'cannot',
  'could',
  'does',
  'doing',
  'done',
  'each',
  'even',
  'every',
  'from',
  'have',
  'having',
  'here',
  'into',
  'just',
  'like',
  'more',
  'most',
  'much',
  'never',
  'nothing',
  'only',
  'other',
  'over',
  'please',
  'really',
  'same',
  'should',
  'since',
  'some',
  'still',
  'such',
  'than',
  'that',
  'their',
  'them',
  'then',
  'there',
  'these',
  'they',
  'this',
  'those',
  'through',
  'today',
  'until',
  'very',
  'want',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'will',
  'with',
  'would',
  'your',
  'yesterday',
  // Russian
  'было',
  'были',
  'быть',
  'будет',
  'вообще',
  'всегда',
  'всего',
  'всех',
  'вчера',
  'даже',
  'если',
  'есть',
  'ещё',
  'здесь',
  'именно',
  'когда',
  'который',
  'которые',
  'меня',
  'мне',
  'может',
  'можно',
  'нельзя',
  'никто',
  'ничего',
  'опять',
  'очень',
  'пожалуйста',
  'потому',
  'почему',
  'после',
  'просто',
  'сегодня',
  'снова',
  'теперь',
  'тогда',
  'тоже',
  'только',
  'чтобы',
  'этот',
  'этого',
  'этом',
  'эта',
  'это',
  'уже',
  'свой',
  'свою',
  'своего',
]);

/** The stems of the meaningful words of a text, each once, sorted. */
export function significantWords(text: string): string[] {
  const words = text.toLocaleLowerCase().match(/\p{L}+/gu) ?? [];
  const stems = words
    .filter((word) => word.length >= MIN_WORD_LENGTH && !STOP_WORDS.has(word))
    .map((word) => word.slice(0, STEM_LENGTH));
  return [...new Set(stems)].sort();
}

export interface ClusterCandidate {
  complaintId: string;
  words: string[];
}

export interface Cluster {
  complaintIds: string[];
  /** What the members share with the newcomer, most shared first. */
  words: string[];
}

/**
 * The complaints that resemble the newcomer, if with it they are at least `size`: the recent unclassified ones of the
 * same touchpoint that share at least MIN_SHARED_WORDS words with it. The newcomer comes first.
 */
export function findCluster(newcomer: ClusterCandidate, recent: ClusterCandidate[], size: number): Cluster | null {
  const own = new Set(newcomer.words);
  const frequency = new Map<string, number>();
  const members = recent.filter((candidate) => {
    if (candidate.complaintId === newcomer.complaintId) return false;
    const shared = candidate.words.filter((word) => own.has(word));
    if (shared.length < MIN_SHARED_WORDS) return false;
    for (const word of shared) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    return true;
  });
  if (members.length + 1 < size) return null;
  const words = [...frequency]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .slice(0, NAME_WORDS)
    .map(([word]) => word);
  return { complaintIds: [newcomer.complaintId, ...members.map((member) => member.complaintId)], words };
}
