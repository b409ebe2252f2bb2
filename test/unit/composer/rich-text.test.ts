import { describe, expect, it } from 'vitest';
import { toUnicode } from '@/utils/composer/rich-text';
import { wrapSelection } from '@/utils/composer/text-format';

describe('rich text as the networks receive it', () => {
  it('turns bold and italic into their Unicode styles', () => {
    expect(toUnicode('Hello, <b>world</b>!')).toBe('Hello, 𝘄𝗼𝗿𝗹𝗱!');
    expect(toUnicode('<em>hello</em>')).toBe('𝘩𝘦𝘭𝘭𝘰');
    expect(toUnicode('normal <i>italics <b>bold</b></i>')).toBe('normal 𝘪𝘵𝘢𝘭𝘪𝘤𝘴 𝙗𝙤𝙡𝙙');
    expect(toUnicode('<strong>2026</strong>')).toBe('𝟮𝟬𝟮𝟲');
  });

  it('renders code, variables, sub- and superscript', () => {
    expect(toUnicode('<code>Hi 1</code>')).toBe('𝙷𝚒 𝟷');
    expect(toUnicode('<var>x</var>')).toBe('𝔁');
    expect(toUnicode('H<sub>2</sub>O x<sup>(n+1)</sup>')).toBe('H₂O x⁽ⁿ⁺¹⁾');
  });

  it('leaves other characters, other tags and stray closing tags alone', () => {
    expect(toUnicode('<b>é 😀 #tag</b> <u>u</u> </b>x')).toBe('é 😀 #𝘁𝗮𝗴 <u>u</u> x');
  });
});

describe('the Bold and Italic buttons', () => {
  it('wrap the selection and keep it selected', () => {
    expect(wrapSelection('make this bold', 5, 9, 'b')).toEqual({ text: 'make <b>this</b> bold', start: 8, end: 12 });
  });

  it('insert an empty pair at the caret', () => {
    expect(wrapSelection('ab', 1, 1, 'i')).toEqual({ text: 'a<i></i>b', start: 4, end: 4 });
  });
});
