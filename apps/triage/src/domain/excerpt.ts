/** How much of a complaint's text the committee sees beside the root cause. */
const EXCERPT_LENGTH = 200;

/** The text's start, cut at a word where one is near, marked when cut. */
export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT_LENGTH) return flat;
  const cut = flat.slice(0, EXCERPT_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_LENGTH * 0.7 ? cut.slice(0, space) : cut}…`;
}
