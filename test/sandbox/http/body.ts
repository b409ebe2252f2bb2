// Reading a request body once, in the form handlers need and the form the request log shows.
import type { IncomingMessage } from 'node:http';
import { parseMultipart } from './multipart.ts';
import type { UploadedFile } from './multipart.ts';

/** Above the 30 MB upload limit plus multipart overhead; bigger bodies are drained, not kept. */
export const MAX_BODY_BYTES = 40 * 1024 * 1024;

export type ParsedBody =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown }
  | { kind: 'invalid-json'; text: string }
  | { kind: 'text'; text: string; contentType: string }
  | { kind: 'multipart'; fields: Record<string, string>; files: UploadedFile[] }
  | { kind: 'binary'; contentType: string; bytes: Buffer }
  | { kind: 'too-large'; size: number };

export async function readBody(req: IncomingMessage): Promise<ParsedBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size <= MAX_BODY_BYTES) chunks.push(chunk);
  }
  if (size === 0) return { kind: 'none' };
  if (size > MAX_BODY_BYTES) return { kind: 'too-large', size };
  return parseBody(Buffer.concat(chunks), req.headers['content-type'] ?? '');
}

export function parseBody(bytes: Buffer, contentType: string): ParsedBody {
  const mime = contentType.split(';')[0]!.trim().toLowerCase();
  // Like Ayrshare's JSON parser, only a JSON content type is read as JSON: a client that
  // forgets `Content-Type: application/json` gets "missing parameters", as it would in production.
  if (mime === 'application/json' || mime.endsWith('+json')) {
    const text = bytes.toString('utf8');
    try {
      return { kind: 'json', value: JSON.parse(text) };
    } catch {
      return { kind: 'invalid-json', text };
    }
  }
  if (mime === 'multipart/form-data') {
    const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
    const parsed = boundary ? parseMultipart(bytes, (boundary[1] ?? boundary[2])!.trim()) : null;
    return parsed ? { kind: 'multipart', ...parsed } : { kind: 'binary', contentType, bytes };
  }
  if (mime.startsWith('text/') || mime === 'application/x-www-form-urlencoded' || mime === '') {
    return { kind: 'text', text: bytes.toString('utf8'), contentType };
  }
  return { kind: 'binary', contentType, bytes };
}

/** The request log's view of a body: JSON as parsed, text as sent, files summarised. */
export function recordedBody(body: ParsedBody): unknown {
  switch (body.kind) {
    case 'none': return undefined;
    case 'json': return body.value;
    case 'invalid-json':
    case 'text': return body.text;
    case 'multipart': return {
      fields: body.fields,
      files: body.files.map(({ field, fileName, contentType, bytes }) => ({ field, fileName, contentType, size: bytes.length })),
    };
    case 'binary': return { contentType: body.contentType, size: body.bytes.length };
    case 'too-large': return { size: body.size, truncated: true };
  }
}
