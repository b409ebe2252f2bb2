import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSelection } from '@/utils/share/page-readers';

/**
 * readSelection runs inside the web page (scripting.executeScript): it must be self-contained and
 * reach for nothing of the extension, so a page can learn nothing from it and get nothing through it.
 */
describe('the function injected into the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('touches no extension API, storage or message channel', () => {
    const source = readSelection.toString();
    expect(source).not.toMatch(/\b(chrome|browser|storage|runtime|sendMessage|postMessage|fetch|localStorage|indexedDB|import)\b/);
  });

  it('returns the selection as plain text, bounded', () => {
    vi.stubGlobal('window', { getSelection: () => ({ toString: () => `<b>x</b>${'y'.repeat(50_000)}` }) });
    const text = readSelection();
    expect(text.startsWith('<b>x</b>yyy')).toBe(true);
    expect(text.length).toBe(20_000);
  });

  it('returns nothing when the page has no selection API', () => {
    vi.stubGlobal('window', {});
    expect(readSelection()).toBe('');
  });
});
