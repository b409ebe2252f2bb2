import { ask } from '../ayrshare/ask';
import { FailureError } from '../ayrshare/failure';
import { uploadTarget } from '../settings/base-url';
import { publicHttpsUrl } from '../urls';

/** Ayrshare takes uploads up to 30 MB through POST /media/upload (ayrshare-api.md §4.8). */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;
/**
 * Above this, files go through Ayrshare's large-media upload (GET /media/uploadUrl, §4.9): the
 * bytes go straight to storage from this page, so the upload can show its progress.
 */
export const LARGE_UPLOAD_BYTES = 10 * 1024 * 1024;
/** The content types the large-media upload accepts (§4.9). */
const PRESIGNED_TYPES: Record<string, string> = { 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'image/png': 'png', 'image/jpeg': 'jpeg' };

function dataUrlOf(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(new FailureError({ kind: 'uploadFailed' }));
    reader.readAsDataURL(file);
  });
}

function put(url: string, file: Blob, contentType: string, onProgress: (fraction: number) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    xhr.setRequestHeader('Content-Type', contentType);
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => (xhr.status >= 200 && xhr.status < 300 ? resolve() : reject(new FailureError({ kind: 'uploadFailed', status: xhr.status })));
    xhr.onerror = () => reject(new FailureError({ kind: 'uploadFailed' }));
    xhr.send(file);
  });
}

async function uploadLarge(file: Blob, name: string, profileId: string, onProgress: (fraction: number) => void): Promise<string> {
  const contentType = PRESIGNED_TYPES[file.type]!;
  const reply = await ask(profileId, 'uploadUrl', { query: [['fileName', name], ['contentType', contentType]] });
  const accessUrl = publicHttpsUrl(reply.accessUrl);
  // The file goes where the server says: only over https (or to this computer: the sandbox).
  const uploadUrl = uploadTarget(reply.uploadUrl);
  if (!accessUrl || !uploadUrl) throw new FailureError({ kind: 'malformed' });
  await put(uploadUrl, file, reply.contentType ?? file.type, onProgress);
  return accessUrl;
}

/**
 * Puts a local file (from disk, a screenshot, a page image that is not on a public https
 * address) on Ayrshare's media storage and resolves with its public https URL.
 */
export async function uploadMedia(file: Blob, name: string, profileId: string, onProgress: (fraction: number) => void = () => {}): Promise<string> {
  if (file.size > LARGE_UPLOAD_BYTES && PRESIGNED_TYPES[file.type]) {
    try {
      return await uploadLarge(file, name, profileId, onProgress);
    } catch (error) {
      // Storage may refuse the browser's direct upload (CORS); files up to 30 MB can still go through Ayrshare.
      if (file.size > MAX_UPLOAD_BYTES) throw error;
    }
  }
  if (file.size > MAX_UPLOAD_BYTES) throw new FailureError({ kind: 'tooLarge' });
  const json = { file: await dataUrlOf(file), fileName: name };
  const url = publicHttpsUrl((await ask(profileId, 'uploadMedia', { json })).url);
  if (!url) throw new FailureError({ kind: 'malformed' });
  onProgress(1);
  return url;
}

/** A data: URL (a screenshot, an inline page image) as a file to upload. */
export async function blobOfDataUrl(dataUrl: string): Promise<Blob> {
  return (await fetch(dataUrl)).blob();
}
