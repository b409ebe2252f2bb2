// Text length the way each network counts it. Sources:
// - X: twitter-text config v3 (github.com/twitter/twitter-text config/v3.json and its
//   conformance/validate.yml "WeightedTweetsWithDiscountedEmojiCounterTest"): text is NFC
//   normalised, every URL weighs 23, an emoji sequence weighs 2, code points in
//   0–0x10FF, 0x2000–0x200D, 0x2010–0x201F and 0x2032–0x2037 weigh 1, all others 2.
//   Ayrshare does not restate this (§6.3) but checks the same length server side (§4.17).
// - Bluesky: graphemes (300), as the atproto RichText counts them.
// - Threads: "Emojis are counted as the number of UTF-8 bytes" (Threads API, Posts, Limitations).
// - Everyone else: code points, the contract's local fallback (§6.4 step 2), which is also how
//   Ayrshare's sandbox counts; emoji sequences and decomposed accents count every code point.
import type { Platform } from '../ayrshare/platforms';
import { NETWORK_RULES } from './rules';

const segmenter = new Intl.Segmenter();
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;
// URLs as X finds them: with a scheme, or a bare domain under a common TLD. Trailing
// punctuation is not part of a URL ("see https://a.co." ends with a counted ".").
const TAIL = String.raw`(?:[^\s]*[^\s.,:;!?'")\]])?`;
const URL_PATTERN = new RegExp(
  String.raw`https?:\/\/[^\s.,:;!?'")\]]` + TAIL + String.raw`|(?<![@\w.-])(?:[a-z\d-]{1,63}\.)+(?:com|org|net|io|co|dev|app|ai|me|ly|info|edu|gov|uk|de|fr|eu)\b(?:\/` + TAIL + ')?',
  'giu',
);

function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Code points: the count for most networks, and for option fields (titles, comments). */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

function xWeight(char: string): number {
  const c = char.codePointAt(0)!;
  return c <= 0x10ff || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037) ? 1 : 2;
}

/** The web addresses in a text, as X and Threads recognise them. */
export function urlsIn(text: string): string[] {
  return text.match(URL_PATTERN) ?? [];
}

function xLength(text: string): number {
  const normalized = text.normalize('NFC');
  let weight = urlsIn(normalized).length * 23;
  for (const piece of normalized.split(URL_PATTERN)) {
    for (const g of graphemes(piece)) {
      if (EMOJI.test(g)) weight += 2;
      else for (const char of g) weight += xWeight(char);
    }
  }
  return weight;
}

function threadsLength(text: string): number {
  let n = 0;
  for (const g of graphemes(text)) n += EMOJI.test(g) ? new TextEncoder().encode(g).length : codePointLength(g);
  return n;
}

/** How long `text` is for `platform`, in the unit its limit is stated in. */
export function countFor(platform: Platform, text: string): number {
  const counting = NETWORK_RULES[platform].counting;
  if (counting === 'x') return xLength(text);
  if (counting === 'graphemes') return graphemes(text).length;
  if (counting === 'threads') return threadsLength(text);
  return codePointLength(text);
}
