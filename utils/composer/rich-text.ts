/**
 * Ayrshare turns a few HTML tags in the post into Unicode look-alike styles, since social
 * networks take plain text (ayrshare-api.md §4.2): <b>/<strong> bold, <i>/<em> italic,
 * <var> script, <code>/<pre>/<samp> monospace, <sub>/<sup> sub- and superscript. The preview
 * and the character counters use this same conversion, so they show what will be posted.
 */

type Style = 'bold' | 'italic' | 'boldItalic' | 'script' | 'mono';

// First code point of A–Z, a–z and 0–9 in each Mathematical Alphanumeric style (Unicode 3.1),
// sans-serif for bold and italic as Ayrshare renders them.
const ALPHABETS: Record<Style, { upper: number; lower: number; digit?: number }> = {
  bold: { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec },
  italic: { upper: 0x1d608, lower: 0x1d622 },
  boldItalic: { upper: 0x1d63c, lower: 0x1d656, digit: 0x1d7ec },
  script: { upper: 0x1d4d0, lower: 0x1d4ea },
  mono: { upper: 0x1d670, lower: 0x1d68a, digit: 0x1d7f6 },
};

const SUB: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()aehijklmnoprstuvx'].map((c, i) => [c, [...'₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ'][i]!]),
);
const SUP: Record<string, string> = Object.fromEntries(
  [...'0123456789+-=()abcdefghijklmnoprstuvwxyz'].map((c, i) => [c, [...'⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ'][i]!]),
);

function styled(char: string, style: Style): string {
  const code = char.codePointAt(0)!;
  const alphabet = ALPHABETS[style];
  if (code >= 65 && code <= 90) return String.fromCodePoint(alphabet.upper + code - 65);
  if (code >= 97 && code <= 122) return String.fromCodePoint(alphabet.lower + code - 97);
  if (code >= 48 && code <= 57 && alphabet.digit) return String.fromCodePoint(alphabet.digit + code - 48);
  return char;
}

const TAGS = /<(\/?)(b|strong|i|em|var|code|pre|samp|sub|sup)>/gi;

/** The text as the networks will receive it: styled characters instead of the tags. */
export function toUnicode(text: string): string {
  const open = { bold: 0, italic: 0, script: 0, mono: 0, sub: 0, sup: 0 };
  const which: Record<string, keyof typeof open> = {
    b: 'bold', strong: 'bold', i: 'italic', em: 'italic', var: 'script', code: 'mono', pre: 'mono', samp: 'mono', sub: 'sub', sup: 'sup',
  };
  let out = '';
  let last = 0;
  const emit = (chunk: string) => {
    for (const char of chunk) {
      let c = char;
      if (open.sub) c = SUB[c] ?? c;
      else if (open.sup) c = SUP[c] ?? c;
      else if (open.mono) c = styled(c, 'mono');
      else if (open.script) c = styled(c, 'script');
      else if (open.bold && open.italic) c = styled(c, 'boldItalic');
      else if (open.bold) c = styled(c, 'bold');
      else if (open.italic) c = styled(c, 'italic');
      out += c;
    }
  };
  for (const match of text.matchAll(TAGS)) {
    emit(text.slice(last, match.index));
    const key = which[match[2]!.toLowerCase()]!;
    open[key] = Math.max(0, open[key] + (match[1] ? -1 : 1));
    last = match.index + match[0].length;
  }
  emit(text.slice(last));
  return out;
}

