// The sandbox's HTTP server and its programmatic handle (`startSandbox`). Requests flow:
// CORS preflight → read body → controls | record → fault → /api handler | presigned upload.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { handleApiRequest } from './api.ts';
import { SandboxClock } from './clock.ts';
import { handleControl } from './control.ts';
import { DEMO_PAGE } from './demo-page.ts';
import { ERROR_CODES, errorBody } from './errors.ts';
import { FaultQueue } from './faults.ts';
import { readBody, recordedBody } from './http/body.ts';
import type { ParsedBody } from './http/body.ts';
import { corsHeaders, preflightHeaders } from './http/cors.ts';
import { dropConnection, sendEmpty, sendJson, sendMalformed, sendTruncated } from './http/respond.ts';
import { settle } from './publishing.ts';
import { RateLimiter } from './rate-limit.ts';
import type { ApiReply, Arrival } from './routes/context.ts';
import { completePresignedUpload } from './routes/media.ts';
import { DEFAULT_SEED, parseSeed } from './seed.ts';
import { SandboxState } from './store.ts';
import type { Fault, RecordedRequest, Sandbox, SandboxOptions, SandboxSeed, StoredPost } from './types.ts';

export type * from './types.ts';
export { DEFAULT_SEED, DEMO_API_KEY, parseSeed } from './seed.ts';
export { PLATFORMS } from './platforms.ts';

export const DEFAULT_PORT = 4010;
export const DEFAULT_HOST = '127.0.0.1';

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const clock = new SandboxClock(options.now);
  let seed: SandboxSeed = parseSeed(options.seed ?? DEFAULT_SEED);
  let state = new SandboxState(seed);
  let limiter = new RateLimiter();
  let requests: RecordedRequest[] = [];
  const faults = new FaultQueue();
  // Requests held by a `hold` fault wait here until the test releases them: an answer that comes
  // exactly when the test has seen what shows before it, not after a guessed time.
  let held = gate();
  const releaseHeld = () => {
    held.open();
    held = gate();
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[sandbox] request failed', error);
      if (!res.headersSent) sendJson(res, 500, errorBody('request', ERROR_CODES.internalError, 'Internal sandbox error.'), corsHeaders(req));
      else res.destroy();
    });
  });
  // Tests close the sandbox right after their last fetch; idle keep-alive sockets must not hold it open.
  server.keepAliveTimeout = 1_000;

  const host = options.host ?? DEFAULT_HOST;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const sandbox: Sandbox = {
    origin,
    baseUrl: `${origin}/api`,
    get requests() {
      return requests;
    },
    requestsTo(method: string, path: string): RecordedRequest[] {
      return requests.filter((r) => r.method === method.toUpperCase() && r.path === path);
    },
    posts(profileKey?: string | null): StoredPost[] {
      settle(state, clock.now());
      return state.postsOf(profileKey ?? null).map((r) => structuredClone(r.data));
    },
    fault(f: Fault): void {
      faults.add(f);
    },
    clearFaults(): void {
      faults.clear();
    },
    release: releaseHeld,
    reset(nextSeed?: SandboxSeed): void {
      if (nextSeed) seed = parseSeed(nextSeed);
      state = new SandboxState(seed);
      limiter = new RateLimiter();
      requests = [];
      faults.clear();
      // A request still held would otherwise wait for a release no test will send.
      releaseHeld();
    },
    advanceClock(ms: number): void {
      clock.advance(ms);
      settle(state, clock.now());
    },
    now: () => clock.now(),
    close(): Promise<void> {
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', origin);
    const method = (req.method ?? 'GET').toUpperCase();
    if (method === 'OPTIONS') {
      sendEmpty(res, 204, preflightHeaders(req));
      return;
    }
    const body = await readBody(req);
    const cors = corsHeaders(req);

    if (method === 'GET' && url.pathname === '/demo') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(DEMO_PAGE);
      return;
    }

    if (url.pathname.startsWith('/_sandbox/')) {
      const answer = handleControl(sandbox, method, url.pathname, url.searchParams, body);
      sendJson(res, answer.status, answer.body, cors);
      return;
    }

    const isApi = url.pathname === '/api' || url.pathname.startsWith('/api/');
    const path = isApi ? url.pathname.slice('/api'.length) : url.pathname;
    const headers = lowercasedHeaders(req);
    const record: RecordedRequest = {
      method,
      path,
      query: queryObject(url.searchParams),
      headers,
      body: recordedBody(body),
      receivedAt: clock.now(),
      processed: false,
    };
    requests.push(record);

    const fault = faults.take(method, path);
    const arrival = isApi && method === 'POST' && path === '/post' ? arrive(state, headers, body) : undefined;
    let answer: ApiReply;
    try {
      if (fault) {
        record.fault = fault.kind;
        if (answerFaultWithoutProcessing(fault, res, cors, headers, record)) return;
        if (fault.kind === 'delay') await sleep(fault.ms ?? 0);
        if (fault.kind === 'hold') await held.promise;
      }
      answer = isApi
        ? await handleApiRequest({ state, clock, limiter, origin }, { method, path, query: record.query, headers, body, arrival })
        : handleOtherPath(method, path, body);
    } finally {
      if (arrival) leave(state, arrival);
    }
    record.processed = true;
    // Pessimistic: a post that took long is made, and answered as a server error (README).
    const slow = fault?.kind === 'delay' && (fault.ms ?? 0) >= state.slowPostMs;
    if (isApi && method === 'POST' && path === '/post' && slow && state.pessimistic.has('slowPostAnswers500')) {
      answer = { status: 500, body: errorBody('post', ERROR_CODES.internalError, 'Internal server error. Please try again later.') };
    }

    if (fault?.kind === 'dropAfterAccept') {
      dropConnection(res);
      return;
    }
    record.status = answer.status;
    const replyHeaders = { ...cors, ...answer.headers };
    if (fault?.kind === 'truncated') sendTruncated(res, answer.status, answer.body, replyHeaders);
    else if (answer.body === undefined) sendEmpty(res, answer.status, replyHeaders);
    else sendJson(res, answer.status, answer.body, replyHeaders);
  }

  /** Faults that answer (or hang up) instead of the sandbox; returns whether it did. */
  function answerFaultWithoutProcessing(fault: Fault, res: ServerResponse, cors: Record<string, string>, headers: Record<string, string>, record: RecordedRequest): boolean {
    switch (fault.kind) {
      case 'drop':
        dropConnection(res);
        return true;
      case 'status': {
        const status = fault.status ?? 500;
        record.status = status;
        sendJson(res, status, fault.body ?? errorBody('request', ERROR_CODES.internalError, 'Internal server error. Please try again later.'), { ...cors, ...fault.headers });
        return true;
      }
      case 'rateLimit': {
        record.status = 429;
        const rate = limiter.exhausted(headers['profile-key'] ?? '', state.account.rateLimitMax, clock.now());
        const body = fault.body ?? errorBody('request', ERROR_CODES.rateLimited, 'Rate limit exceeded. Wait for the 5-minute window to reset before retrying.');
        sendJson(res, fault.status ?? 429, body, { ...cors, ...rate, ...fault.headers });
        return true;
      }
      case 'malformed':
        record.status = 200;
        sendMalformed(res, { ...cors, ...fault.headers });
        return true;
      default:
        return false;
    }
  }

  /** Outside /api only the presigned upload target exists (GET /media/uploadUrl, §4.9). */
  function handleOtherPath(method: string, path: string, body: ParsedBody): ApiReply {
    const upload = /^\/_uploads\/([A-Za-z0-9]+)$/.exec(path);
    if (!upload) return { status: 404, body: { status: 'error', message: `Not found: ${path.slice(0, 100)}. The API is under /api.` } };
    if (method !== 'PUT') return { status: 405, body: { status: 'error', message: 'Upload URLs take PUT with the file bytes.' } };
    const size = body.kind === 'binary' ? body.bytes.length : body.kind === 'too-large' ? body.size : body.kind === 'text' ? Buffer.byteLength(body.text) : body.kind === 'json' ? Buffer.byteLength(JSON.stringify(body.value)) : 0;
    const result = completePresignedUpload({ state, clock }, upload[1]!, size);
    return result.status === 200 ? { status: 200, body: undefined } : { status: result.status, body: { status: 'error', message: result.message } };
  }

  return sandbox;
}

/**
 * Notes a POST /post's idempotency key as it arrives, before any delay: whether a post was made
 * with it, and whether another request with it is still being answered (two copies together).
 */
function arrive(state: SandboxState, headers: Record<string, string>, body: ParsedBody): Arrival | undefined {
  const sent = body.kind === 'json' ? (body.value as { idempotencyKey?: unknown } | null)?.idempotencyKey : undefined;
  if (typeof sent !== 'string' || sent === '') return undefined;
  const key = state.idempotencyKey(headers['profile-key']?.trim() || null, sent);
  const arrival = { key, madePost: state.idempotencyKeys.get(key), concurrent: (state.keysInFlight.get(key) ?? 0) > 0 };
  state.keysInFlight.set(key, (state.keysInFlight.get(key) ?? 0) + 1);
  return arrival;
}

function leave(state: SandboxState, arrival: Arrival): void {
  const left = (state.keysInFlight.get(arrival.key) ?? 1) - 1;
  if (left > 0) state.keysInFlight.set(arrival.key, left);
  else state.keysInFlight.delete(arrival.key);
}

function lowercasedHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

/** A promise and the function that settles it (Node 20 has no Promise.withResolvers). */
function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}
