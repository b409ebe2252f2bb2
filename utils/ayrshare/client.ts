import ky, { HTTPError, TimeoutError } from 'ky';
import * as z from 'zod/mini';
import { callOf, type AnyParams, type ApiCall, type EndpointName } from './endpoints';
import { FailureError, type Failure } from './failure';
import { keptAlive } from './keep-alive';
import type { PostBody } from './post-body';
import { HistoryReply, onePost, PostReply } from './post-reply';
import { cleanServerText, retryAfterMs } from './server-text';

export interface Credentials {
  baseUrl: string;
  apiKey: string;
  /** Acts as this User Profile; without it, calls act on the Primary Profile. */
  profileKey?: string;
  /** The user's own X app, required by Ayrshare for anything that touches X since 2026-03-31. */
  xApiKey?: string;
  xApiSecret?: string;
}

/** What must never appear in text shown to the user. */
export function secretsOf(credentials: Credentials): string[] {
  return [credentials.apiKey, credentials.profileKey ?? '', credentials.xApiKey ?? '', credentials.xApiSecret ?? ''];
}

const TIMEOUT_MS = 15_000;

export function endpoint(baseUrl: string, path: string): URL {
  return new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return baseUrl;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const ErrorBody = z.object({
  action: z.optional(z.string()),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
  /** Per-network refusals (delete, comments…), when the reply has no message of its own. */
  errors: z.optional(z.array(z.object({ code: z.optional(z.number()), message: z.optional(z.string()) }))),
  /** POST /media/urlExists says why a URL cannot be fetched here (addendum §2d), maybe with a 4xx. */
  statusText: z.optional(z.string()),
});

/** Which failure an HTTP error reply is (ayrshare-api.md §5); the body rides along for callers that read it. */
export function failureOfResponse(status: number, rawBody: unknown, headers: Headers, secrets: readonly string[]): Failure {
  const parsed = z.safeParse(ErrorBody, rawBody);
  const body = parsed.success ? parsed.data : {};
  const said = body.message ?? body.errors?.find((e) => e.message)?.message ?? body.statusText;
  const code = body.code ?? body.errors?.find((e) => e.code !== undefined)?.code;
  const facts = { status, code, said: said ? cleanServerText(said, secrets) : undefined };
  if (status === 419 || body.action === 'x_credentials_required') return { ...facts, kind: 'xCredentials' };
  if (status === 401) return { ...facts, kind: 'unauthorized' };
  if (status === 403) return { ...facts, kind: 'forbidden' };
  if (status === 404) return { ...facts, kind: 'notFound' };
  if (status === 429) return { ...facts, kind: 'rateLimited', ms: retryAfterMs(headers) };
  if (status >= 500) return { ...facts, kind: 'server' };
  return { ...facts, kind: 'rejected' };
}

/** A FailureError that also carries the parsed reply body. */
class ReplyError extends FailureError {
  constructor(
    failure: Failure,
    readonly body: unknown,
  ) {
    super(failure);
  }
}

/**
 * One call to Ayrshare with the user's credentials. Resolves with the parsed JSON reply; every
 * failure (no network, timeout, HTTP status with Ayrshare's error code, a reply that is not JSON)
 * is thrown as a FailureError whose text holds no key.
 */
export function callAyrshare(credentials: Credentials, call: ApiCall): Promise<unknown> {
  return keptAlive(() => request(credentials, call));
}

async function request(credentials: Credentials, call: ApiCall): Promise<unknown> {
  const host = hostOf(credentials.baseUrl);
  const secrets = secretsOf(credentials);
  const headers: Record<string, string> = { Authorization: `Bearer ${credentials.apiKey}` };
  if (credentials.profileKey) headers['Profile-Key'] = credentials.profileKey;
  // Ayrshare's own SDK sends the X app on every request; anything touching X fails without it.
  if (credentials.xApiKey && credentials.xApiSecret) {
    headers['X-Twitter-OAuth1-Api-Key'] = credentials.xApiKey;
    headers['X-Twitter-OAuth1-Api-Secret'] = credentials.xApiSecret;
  }
  const timeout = call.timeoutMs ?? TIMEOUT_MS;
  let url: URL;
  try {
    url = endpoint(credentials.baseUrl, call.path);
  } catch {
    throw new FailureError({ kind: 'badBaseUrl' });
  }
  let response: Response;
  try {
    response = await ky(url, {
      method: call.method,
      headers,
      json: call.json,
      searchParams: call.searchParams,
      timeout,
      // Only reads are retried: a POST is never re-sent behind the user's back (the outbox re-sends
      // it later, with its idempotency key), nor a DELETE, PATCH or retry that may have been carried
      // out already. A 429 is not retried here: ky would read x-ratelimit-reset as seconds where
      // Ayrshare sends ms, and the caller reports the wait.
      retry: { limit: 2, backoffLimit: 3_000, methods: ['get'], statusCodes: [408, 500, 502, 503, 504] },
      // A redirect would carry the Profile-Key and X app headers to wherever it points: refused
      // (fetch fails, reported as the host being unreachable).
      redirect: 'error',
    });
  } catch (error) {
    if (error instanceof HTTPError) {
      const body = parseJson(await error.response.text().catch(() => ''));
      throw new ReplyError(failureOfResponse(error.response.status, body, error.response.headers, secrets), body);
    }
    if (error instanceof TimeoutError) throw new FailureError({ kind: 'timeout', host, ms: timeout });
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    throw new FailureError({ kind: offline ? 'offline' : 'unreachable', host });
  }
  let text: string;
  try {
    text = await response.text();
  } catch {
    // The answer started and then the connection broke: the request may well have been carried out.
    throw new FailureError({ kind: 'interrupted', host });
  }
  const json = parseJson(text);
  if (json === undefined) throw new FailureError({ kind: 'malformed', host });
  return json;
}

/** One named endpoint (endpoints.ts) with the user's credentials. */
export function callEndpoint(credentials: Credentials, name: EndpointName, params: AnyParams = {}): Promise<unknown> {
  return callAyrshare(credentials, callOf(name, params));
}

/** A reply the worker acts on, checked: one that does not fit is `malformed`, as a reply that is not JSON. */
function checked<S extends z.ZodMiniType>(schema: S, raw: unknown, credentials: Credentials): z.infer<S> {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) throw new FailureError({ kind: 'malformed', host: hostOf(credentials.baseUrl) });
  return parsed.data;
}

/** GET /post/:id: where a post Ayrshare made stands now (ayrshare-api.md §4.3), in either shape the docs show. */
export async function readPost(credentials: Credentials, id: string): Promise<PostReply> {
  return checked(PostReply, onePost(await callEndpoint(credentials, 'post', { id })), credentials);
}

/**
 * The post made with this idempotency key, from the newest posts of GET /history (which returns
 * each post's parameters, the key among them); undefined when none of them has it.
 */
export async function findPostByKey(credentials: Credentials, idempotencyKey: string): Promise<PostReply | undefined> {
  const reply = checked(HistoryReply, await callEndpoint(credentials, 'history', { query: [['lastDays', '0'], ['limit', '25']] }), credentials);
  const item = reply.history.find((post) => (post as { idempotencyKey?: unknown } | null)?.idempotencyKey === idempotencyKey);
  return item === undefined ? undefined : checked(PostReply, item, credentials);
}

/**
 * POST /post. A reply where some networks failed is still a result (HTTP 400 with per-network
 * `errors` next to the successful `postIds`), so it resolves; only a request-level failure throws.
 * (A refusal of a re-sent copy is the caller's to explain: see outbox/deliver.ts.)
 */
export async function createPost(credentials: Credentials, body: PostBody): Promise<PostReply> {
  let raw: unknown;
  try {
    raw = await callEndpoint(credentials, 'createPost', { json: body });
  } catch (error) {
    if (!(error instanceof ReplyError) || error.failure.kind !== 'rejected') throw error;
    const perNetwork = z.safeParse(PostReply, error.body);
    if (perNetwork.success && perNetwork.data.errors?.some((e) => e.platform)) return perNetwork.data;
    throw error;
  }
  return checked(PostReply, raw, credentials);
}
