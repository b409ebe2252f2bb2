import { describe, expect, it } from 'vitest';
import { cleanPrefill, composeText, prefillFromSearch, PREFILL_LIMITS } from '@/utils/share/prefill';

describe('prefill from the composer URL', () => {
  it('reads url, title, quoted text, repeated media and the source tab', () => {
    const prefill = prefillFromSearch(
      '?url=https%3A%2F%2Fexample.com%2Fa&title=A%20page&text=Quoted&media=https%3A%2F%2Fcdn.example.com%2F1.jpg&media=https%3A%2F%2Fcdn.example.com%2F2.png&tab=7',
    );
    expect(prefill).toEqual({
      url: 'https://example.com/a',
      title: 'A page',
      text: 'Quoted',
      media: ['https://cdn.example.com/1.jpg', 'https://cdn.example.com/2.png'],
      skippedMedia: 0,
      tabId: 7,
    });
  });

  it('is absent when the URL carries no prefill, so the composer reads the active tab instead', () => {
    expect(prefillFromSearch('')).toBeUndefined();
    expect(prefillFromSearch('?tab=3')).toBeUndefined();
  });

  it('drops script URLs and keeps only public https media, counting what it left out', () => {
    const prefill = cleanPrefill({
      url: 'javascript:alert(1)',
      media: ['http://example.com/a.jpg', 'data:image/png;base64,AAAA', 'https://user:pw@example.com/b.jpg', 'https://example.com/c.jpg'],
    });
    expect(prefill.url).toBeUndefined();
    expect(prefill.media).toEqual(['https://example.com/c.jpg']);
    expect(prefill.skippedMedia).toBe(3);
  });

  it('strips credentials from a shared page URL', () => {
    expect(cleanPrefill({ url: 'https://me:secret@example.com/x' }).url).toBe('https://example.com/x');
  });

  it('keeps hostile titles as inert text on one line, bounded in length', () => {
    const prefill = cleanPrefill({ title: `<script>alert(1)</script>\n\t${'x'.repeat(1000)}` });
    expect(prefill.title?.startsWith('<script>alert(1)</script> x')).toBe(true);
    expect(Array.from(prefill.title ?? '').length).toBe(PREFILL_LIMITS.title);
    expect(prefill.title?.endsWith('…')).toBe(true);
  });

  it('ignores a tab id that is not a tab id', () => {
    expect(prefillFromSearch('?url=https%3A%2F%2Fa.example&tab=-1')?.tabId).toBeUndefined();
    expect(prefillFromSearch('?url=https%3A%2F%2Fa.example&tab=abc')?.tabId).toBeUndefined();
  });
});

describe('the text a prefill starts as', () => {
  it('puts the title and the URL on their own lines', () => {
    expect(composeText(cleanPrefill({ url: 'https://example.com/', title: 'Example' }))).toBe('Example\nhttps://example.com/');
  });

  it('quotes the selection above the page', () => {
    expect(composeText(cleanPrefill({ url: 'https://example.com/', title: 'Example', text: 'Well said' }))).toBe(
      '“Well said”\n\nExample\nhttps://example.com/',
    );
  });

  it('does not repeat a title that is just the URL', () => {
    expect(composeText(cleanPrefill({ url: 'https://example.com/', title: 'https://example.com/' }))).toBe('https://example.com/');
  });
});
