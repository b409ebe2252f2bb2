/** How long the start of a post's text may be in the list; the whole text is in the details. */
export const EXCERPT_LENGTH = 140;

/** The start of a post's text on one line, cut at a word where one is near. */
export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if ([...line].length <= length) return line;
  const cut = [...line].slice(0, length).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
