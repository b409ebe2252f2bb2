// Writing answers, including the broken ones faults ask for.
import type { ServerResponse } from 'node:http';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = Buffer.from(JSON.stringify(body ?? null));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length, ...headers });
  res.end(payload);
}

export function sendEmpty(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-length': 0, ...headers });
  res.end();
}

/** A 200 whose body is an HTML error page labelled as JSON: what a misbehaving proxy returns. */
export function sendMalformed(res: ServerResponse, headers: Record<string, string>): void {
  const payload = Buffer.from('<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>');
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length, ...headers });
  res.end(payload);
}

/** Announces the full JSON body, sends half of it, then cuts the connection. */
export function sendTruncated(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const payload = Buffer.from(JSON.stringify(body ?? null));
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': payload.length, ...headers });
  res.write(payload.subarray(0, Math.max(1, Math.floor(payload.length / 2))), () => res.destroy());
}

export function dropConnection(res: ServerResponse): void {
  res.socket?.destroy();
  res.destroy();
}
