// How the sandbox measures post text. Most networks count code points (the most permissive
// reading of §6.2); X counts its weighted length, where emoji and most non-Latin characters weigh
// 2 and every URL weighs 23, and Bluesky counts graphemes. /validate/postLength reports these
// lengths, and /post applies the same check (§4.17: "The same check runs inside /post").

export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

export function hashtagCount(text: string): number {
  return text.match(/(?:^|\s)#[\p{L}\p{N}_]+/gu)?.length ?? 0;
}

export function mentionCount(text: string): number {
  return text.match(/(?:^|\s)@[\w.]+/g)?.length ?? 0;
}

/** Google rejects Business Profile posts that contain a phone number (§6.3). */
export function containsPhoneNumber(text: string): boolean {
  return /(?:\+\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/.test(text);
}

const URL_PATTERN = /https?:\/\/[^\s]+/g;
const X_URL_WEIGHT = 23;
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

function xCodePointWeight(codePoint: number): number {
  const light =
    codePoint <= 0x10ff ||
    (codePoint >= 0x2000 && codePoint <= 0x200d) ||
    (codePoint >= 0x2010 && codePoint <= 0x201f) ||
    (codePoint >= 0x2032 && codePoint <= 0x2037);
  return light ? 1 : 2;
}

export function xWeightedLength(text: string): number {
  const urls = text.match(URL_PATTERN) ?? [];
  let weight = urls.length * X_URL_WEIGHT;
  for (const { segment } of graphemes.segment(text.replace(URL_PATTERN, ''))) {
    if (/\p{Extended_Pictographic}/u.test(segment)) {
      weight += 2;
      continue;
    }
    for (const char of segment) weight += xCodePointWeight(char.codePointAt(0)!);
  }
  return weight;
}

export function graphemeLength(text: string): number {
  let n = 0;
  for (const _ of graphemes.segment(text)) n++;
  return n;
}
