import type { DraftMedia, MediaKind } from './types';

// Ayrshare decides what a media URL is from its extension (§4.2 `mediaUrls`, §6.2 global rules);
// anything it does not recognise is handled as an image.
const KINDS: Record<string, MediaKind> = {
  mp4: 'video', mov: 'video', avi: 'video', webm: 'video', m4v: 'video',
  gif: 'gif',
  pdf: 'document', ppt: 'document', pptx: 'document', doc: 'document', docx: 'document',
};

/** A media URL as the checks see it: its kind and extension, from the URL's path. */
export function mediaFromUrl(url: string): DraftMedia {
  let path = url;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL: the send path refuses it; the extension of the raw text is the best guess here.
  }
  const ext = /\.([a-z\d]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext ? { url, kind: KINDS[ext] ?? 'image', ext } : { url, kind: 'image' };
}
