import { publicHttpsUrl, webPageUrl } from '../urls';
import { PREFILL_PARAMS } from '../composer/start-read';

/**
 * What the composer starts with: the page, a quoted selection, a link or an image. It arrives
 * through the composer's URL (`popup.html?url=…&title=…&text=…&media=…`), from the context menu,
 * the toolbar button or a test alike, and everything in it comes from a web page: hostile until
 * cleaned here.
 */
export interface Prefill {
  url?: string;
  title?: string;
  /** Selected text, shown as a quote. */
  text?: string;
  /** Media URLs; only public https addresses are kept. */
  media: string[];
  /** How many media URLs were left out, so the composer can say so. */
  skippedMedia: number;
  /** The tab the share started from, so a draft can be kept per tab. */
  tabId?: number;
}

export const PREFILL_LIMITS = { title: 300, text: 5000, media: 10 } as const;

function bounded(value: string, max: number): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}

/** Plain text on one line: no control characters, runs of white space folded. */
export function cleanTitle(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  return clean ? bounded(clean, PREFILL_LIMITS.title) : undefined;
}

/** Multi-line text kept as written, without control characters other than line breaks and tabs. */
export function cleanText(value: string | undefined): string | undefined {
  if (!value) return undefined;
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '').trim();
  return clean ? bounded(clean, PREFILL_LIMITS.text) : undefined;
}

export function cleanPrefill(raw: {
  url?: string;
  title?: string;
  text?: string;
  media?: readonly string[];
  tabId?: number;
}): Prefill {
  const offered = raw.media ?? [];
  const media = [...new Set(offered.map(publicHttpsUrl).filter((m): m is string => Boolean(m)))].slice(
    0,
    PREFILL_LIMITS.media,
  );
  return {
    url: webPageUrl(raw.url),
    title: cleanTitle(raw.title),
    text: cleanText(raw.text),
    media,
    skippedMedia: new Set(offered).size - media.length,
    tabId: raw.tabId !== undefined && Number.isInteger(raw.tabId) && raw.tabId >= 0 ? raw.tabId : undefined,
  };
}

/** The prefill in the composer's URL, or undefined when the URL carries none. */
export function prefillFromSearch(search: string): Prefill | undefined {
  const params = new URLSearchParams(search);
  if (!PREFILL_PARAMS.some((name) => params.has(name))) return undefined;
  const tab = params.get('tab');
  return cleanPrefill({
    url: params.get('url') ?? undefined,
    title: params.get('title') ?? undefined,
    text: params.get('text') ?? undefined,
    media: params.getAll('media'),
    tabId: tab === null ? undefined : Number(tab),
  });
}

/** The post text a prefill starts as: the quote, then the title and the URL on their own lines. */
export function composeText(prefill: Pick<Prefill, 'url' | 'title' | 'text'>): string {
  const lines: string[] = [];
  if (prefill.text) lines.push(`“${prefill.text}”`, '');
  if (prefill.title && prefill.title !== prefill.url) lines.push(prefill.title);
  if (prefill.url) lines.push(prefill.url);
  return lines.join('\n').trim();
}
