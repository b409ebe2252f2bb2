// A small multipart/form-data reader for POST /media/upload (the docs' recommended form, §4.8).
// It handles what browsers' FormData and curl -F send; nested multiparts are out of scope.

export interface UploadedFile {
  field: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

const HEADER_END = Buffer.from('\r\n\r\n');

export function parseMultipart(bytes: Buffer, boundary: string): { fields: Record<string, string>; files: UploadedFile[] } | null {
  const delimiter = Buffer.from(`--${boundary}`);
  const fields: Record<string, string> = {};
  const files: UploadedFile[] = [];
  let start = bytes.indexOf(delimiter);
  if (start < 0) return null;
  while (true) {
    const partStart = start + delimiter.length;
    // `--` right after a delimiter closes the body.
    if (bytes.subarray(partStart, partStart + 2).toString() === '--') break;
    const next = bytes.indexOf(delimiter, partStart);
    if (next < 0) return null;
    const part = bytes.subarray(partStart + 2, next - 2); // drop the CRLF after the delimiter and before the next
    const headerEnd = part.indexOf(HEADER_END);
    if (headerEnd < 0) return null;
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const content = part.subarray(headerEnd + HEADER_END.length);
    const disposition = /content-disposition:([^\r\n]*)/i.exec(headers)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) {
      if (fileName !== undefined) {
        const contentType = /content-type:\s*([^\r\n]*)/i.exec(headers)?.[1]?.trim() ?? 'application/octet-stream';
        files.push({ field: name, fileName, contentType, bytes: Buffer.from(content) });
      } else {
        fields[name] = content.toString('utf8');
      }
    }
    start = next;
  }
  return { fields, files };
}
