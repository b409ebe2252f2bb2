// Media endpoints (ayrshare-api.md §4.8–4.10): direct upload, presigned upload for large files,
// the gallery, and the reachability check. Returned URLs are https on Ayrshare's image host, as
// in production, so they pass /post's https rule; the sandbox keeps sizes, not bytes.
import { DAY, MINUTE } from '../clock.ts';
import { ERROR_CODES, apiError, badParameters } from '../errors.ts';
import { isRecord } from '../seed.ts';
import { randomString } from '../social-ids.ts';
import type { MediaRecord } from '../store.ts';
import { isPubliclyReachable } from '../validation/media.ts';
import { jsonBody, queryValue, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;
/** Uploaded files are kept 90 days (§4.8); presigned-upload files 30 days (§4.9). */
const UPLOAD_RETENTION_MS = 90 * DAY;
const PRESIGNED_RETENTION_MS = 30 * DAY;
const PRESIGNED_URL_VALIDITY_MS = 30 * MINUTE;

const EXTENSION_BY_MIME: Record<string, string> = {
  'image/jpeg': 'jpeg', 'image/jpg': 'jpeg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp',
  'image/heic': 'heic', 'video/mp4': 'mp4', 'video/quicktime': 'mov', 'video/webm': 'webm', 'application/pdf': 'pdf',
};

interface IncomingFile {
  bytes: Buffer;
  contentType: string;
  fileName: string | undefined;
  description: string | undefined;
}

export function uploadMedia(ctx: ApiContext): ApiReply {
  const file = readUpload(ctx);
  if (file.bytes.length > MAX_UPLOAD_BYTES) throw tooLarge();
  const extension = extensionOf(file.fileName, file.contentType);
  const id = `${randomString(20)}-${extension}`;
  const fileName = file.fileName ?? `${id}.${extension}`;
  const now = ctx.clock.now();
  const media: MediaRecord = {
    id,
    profileKey: ctx.profile.key,
    url: mediaUrl(ctx, id, `${id}.${extension}`),
    fileName,
    description: file.description ?? null,
    contentType: file.contentType,
    size: file.bytes.length,
    timeCreated: now,
    expiresAt: now + UPLOAD_RETENTION_MS,
  };
  ctx.state.media.push(media);
  return reply({ id, url: media.url, fileName, description: media.description ?? '' });
}

function readUpload(ctx: ApiContext): IncomingFile {
  const { body } = ctx.request;
  if (body.kind === 'too-large') throw tooLarge();
  if (body.kind === 'multipart') {
    const file = body.files.find((f) => f.field === 'file');
    if (!file) throw badParameters('upload', 'Send the file in a multipart field named "file".');
    return { bytes: file.bytes, contentType: file.contentType, fileName: body.fields.fileName || file.fileName || undefined, description: body.fields.description };
  }
  const raw = jsonBody(ctx, 'upload');
  if (!isRecord(raw) || typeof raw.file !== 'string') {
    throw badParameters('upload', 'Send multipart/form-data with a "file" field, or JSON {"file": "data:<mime>;base64,…"}.');
  }
  const dataUrl = /^data:([^;,]+)?((?:;[^;,]+)*?);base64,(.*)$/s.exec(raw.file);
  if (!dataUrl) throw badParameters('upload', '"file" must be a base64 data URL: "data:<mime>;base64,<data>".');
  return {
    bytes: Buffer.from(dataUrl[3]!, 'base64'),
    contentType: dataUrl[1] ?? 'application/octet-stream',
    fileName: typeof raw.fileName === 'string' ? raw.fileName : undefined,
    description: typeof raw.description === 'string' ? raw.description : undefined,
  };
}

function tooLarge() {
  return apiError(400, 'upload', ERROR_CODES.mediaTooLarge,
    'File too large: the maximum upload is 30 MB. Use GET /media/uploadUrl for larger files.');
}

function extensionOf(fileName: string | undefined, contentType: string): string {
  const fromName = fileName ? /\.([A-Za-z0-9]+)$/.exec(fileName)?.[1]?.toLowerCase() : undefined;
  return fromName ?? EXTENSION_BY_MIME[contentType.split(';')[0]!.trim().toLowerCase()] ?? 'bin';
}

function mediaUrl(ctx: ApiContext, id: string, fileName: string): string {
  return `https://images.ayrshare.com/sandbox/${ctx.profile.refId.slice(0, 12)}/${id}/${encodeURIComponent(fileName)}`;
}

/** The `contentType` values the docs list, mapped to the MIME type the upload must carry. */
const PRESIGNED_CONTENT_TYPES: Record<string, string> = {
  mp4: 'video/mp4', mov: 'video/quicktime', quicktime: 'video/quicktime', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg',
};

export function createUploadUrl(ctx: ApiContext): ApiReply {
  const fileName = queryValue(ctx.request.query, 'fileName');
  const requested = queryValue(ctx.request.query, 'contentType');
  if (!fileName && !requested) throw badParameters('upload', '"fileName" (with extension) is required when "contentType" is not given.');
  const contentType = requested === undefined ? 'application/octet-stream' : PRESIGNED_CONTENT_TYPES[requested.toLowerCase()] ?? requested;
  const token = randomString(32);
  const id = `${randomString(20)}-${extensionOf(fileName, contentType)}`;
  const name = fileName ?? `${id}.${extensionOf(undefined, contentType)}`;
  const now = ctx.clock.now();
  const accessUrl = mediaUrl(ctx, id, name);
  ctx.state.uploads.set(token, { token, profileKey: ctx.profile.key, fileName: name, contentType, accessUrl, expiresAt: now + PRESIGNED_URL_VALIDITY_MS, used: false });
  return reply({ accessUrl, contentType, uploadUrl: `${ctx.origin}/_uploads/${token}` });
}

/** Completes a presigned upload; called by the server for `PUT /_uploads/:token`. */
export function completePresignedUpload(
  ctx: Pick<ApiContext, 'state' | 'clock'>,
  token: string,
  size: number,
): { status: number; message: string } {
  const slot = ctx.state.uploads.get(token);
  const now = ctx.clock.now();
  if (!slot) return { status: 404, message: 'NoSuchUpload' };
  // Single use and 30 minutes, like the signed storage URL it stands for (§4.9).
  if (slot.used || now > slot.expiresAt) return { status: 403, message: 'AccessDenied: the upload URL was already used or has expired' };
  slot.used = true;
  ctx.state.media.push({
    id: slot.accessUrl.split('/').at(-2)!,
    profileKey: slot.profileKey,
    url: slot.accessUrl,
    fileName: slot.fileName,
    description: null,
    contentType: slot.contentType,
    size,
    timeCreated: now,
    expiresAt: now + PRESIGNED_RETENTION_MS,
  });
  return { status: 200, message: '' };
}

/** GET /media (§4.10, addendum §2c): a bare array; `size` is a string of bytes, as the docs' example shows. */
export function listMedia(ctx: ApiContext): ApiReply {
  const now = ctx.clock.now();
  return reply(
    ctx.state.media
      .filter((m) => m.profileKey === ctx.profile.key && m.expiresAt > now)
      .map((m) => ({
        id: m.id,
        timeCreated: new Date(m.timeCreated).toISOString(),
        size: String(m.size),
        url: m.url,
        fileName: m.fileName,
        description: m.description ?? '',
        expiresAt: new Date(m.expiresAt).toISOString(),
      })),
  );
}

/**
 * POST /media/urlExists (addendum §2d): Ayrshare makes a HEAD request. The sandbox cannot reach
 * the web: its own uploads exist, and so does any http(s) URL on a public host; `.invalid`,
 * `.test`, loopback and private addresses stand for dead links (404). The answers are the docs'
 * two examples; whether the error comes with HTTP 200 or a 4xx is not documented: 200 by default,
 * 400 with the pessimistic `urlExistsErrorAs400`.
 */
export function mediaUrlExists(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'urlExists');
  if (!isRecord(raw) || typeof raw.mediaUrl !== 'string') throw badParameters('urlExists', '"mediaUrl" must be a URL string.');
  const url = raw.mediaUrl;
  const upload = ctx.state.media.find((m) => m.url === url && m.expiresAt > ctx.clock.now());
  let contentType = upload?.contentType;
  if (!upload) {
    try {
      const parsed = new URL(url);
      const reachable = (parsed.protocol === 'https:' || parsed.protocol === 'http:') && isPubliclyReachable(parsed.hostname);
      if (reachable) contentType = contentTypeOf(parsed.pathname);
    } catch {
      contentType = undefined;
    }
  }
  if (contentType !== undefined) return reply({ status: 'success', statusCode: 200, contentType });
  return reply({ status: 'error', statusCode: 404, statusText: 'Not Found' }, ctx.state.pessimistic.has('urlExistsErrorAs400') ? 400 : 200);
}

/** What a web server would say a file is, from its extension. */
function contentTypeOf(pathname: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(pathname)?.[1]?.toLowerCase() ?? '';
  const mime = Object.entries(EXTENSION_BY_MIME).find(([, ext]) => ext === extension || (extension === 'jpg' && ext === 'jpeg'))?.[0];
  return mime ?? 'application/octet-stream';
}
