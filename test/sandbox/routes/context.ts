// What every API handler receives and returns, and the small readers they share.
import type { Profile } from '../account.ts';
import type { SandboxClock } from '../clock.ts';
import { ERROR_CODES, apiError } from '../errors.ts';
import type { ParsedBody } from '../http/body.ts';
import type { SandboxState } from '../store.ts';
import type { Plan } from '../types.ts';

export interface ApiRequest {
  method: string;
  /** Relative to /api. */
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body: ParsedBody;
  /** For POST /post: its idempotency key as things stood when it arrived (see server.ts). */
  arrival?: Arrival;
}

/** What was known of a POST /post's idempotency key the moment the request arrived, before any delay. */
export interface Arrival {
  /** `${profile}\0${key}` (SandboxState.idempotencyKey). */
  key: string;
  /** The post an earlier request with this key made. */
  madePost?: string;
  /** Another request with this key had arrived and was not answered yet. */
  concurrent: boolean;
}

export interface ApiContext {
  state: SandboxState;
  clock: SandboxClock;
  request: ApiRequest;
  params: Record<string, string>;
  profile: Profile;
  /** The sandbox's own origin, for presigned upload URLs it serves itself. */
  origin: string;
}

export interface ApiReply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: ApiContext) => ApiReply | Promise<ApiReply>;

export interface Route {
  method: string;
  /** `/post/:id` style. */
  path: string;
  /** The lowest plan whose banner lists the endpoint (§8). */
  plan: Plan;
  handler: Handler;
}

export function reply(body: unknown, status = 200): ApiReply {
  return { status, body };
}

/** The parsed JSON body; `undefined` when there is none or it was not sent as JSON. */
export function jsonBody(ctx: ApiContext, action: string): unknown {
  const { body } = ctx.request;
  if (body.kind === 'invalid-json') {
    throw apiError(400, action, ERROR_CODES.invalidJson, 'The request body is not valid JSON. Check it with POST /validate/json or a JSON linter.');
  }
  return body.kind === 'json' ? body.value : undefined;
}

export function queryValue(query: ApiRequest['query'], name: string): string | undefined {
  const value = query[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A list parameter in any of the spellings clients use: `platforms=a&platforms=b`,
 * `platforms[]=a`, `platforms[0]=a`, or `platforms=a,b`.
 */
export function queryList(query: ApiRequest['query'], names: readonly string[]): string[] {
  const values: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    const base = key.replace(/\[\d*\]$/, '');
    if (!names.includes(base)) continue;
    for (const v of Array.isArray(value) ? value : [value]) values.push(...v.split(',').map((s) => s.trim()).filter(Boolean));
  }
  return values;
}
