/**
 * Runs inside the shared page with `scripting.executeScript`: self-contained (it is serialised,
 * not imported), it reads the page and nothing else, and touches no extension API or storage.
 */

export interface PageImage {
  url: string;
  width: number;
  height: number;
}

/**
 * The images worth sharing: the Open Graph image first (the one the page chose to represent
 * it), then images shown at a useful size. Icons, spacers and repeats are left out.
 */
export function readPageImages(): PageImage[] {
  const MIN_SIDE = 200;
  const found: PageImage[] = [];
  const seen = new Set<string>();
  const add = (raw: string | null | undefined, width: number, height: number) => {
    if (!raw || found.length >= 24) return;
    let url: string;
    try {
      url = new URL(raw, document.baseURI).href;
    } catch {
      return;
    }
    if (seen.has(url)) return;
    seen.add(url);
    found.push({ url, width, height });
  };
  for (const selector of ['meta[property="og:image:secure_url"]', 'meta[property="og:image"]', 'meta[name="twitter:image"]']) {
    add(document.querySelector<HTMLMetaElement>(selector)?.content, 0, 0);
  }
  const images = [...document.images]
    .filter((img) => img.naturalWidth >= MIN_SIDE && img.naturalHeight >= MIN_SIDE)
    .sort((a, b) => b.naturalWidth * b.naturalHeight - a.naturalWidth * a.naturalHeight);
  for (const img of images) add(img.currentSrc || img.src, img.naturalWidth, img.naturalHeight);
  return found;
}
