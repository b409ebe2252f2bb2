// A thin fetch wrapper for the sandbox tests: what a client sends, what it gets back.
import { DEMO_API_KEY } from '../../sandbox/index.ts';
import type { Sandbox } from '../../sandbox/index.ts';

export const X_HEADERS = { 'X-Twitter-OAuth1-Api-Key': 'x-consumer-key', 'X-Twitter-OAuth1-Api-Secret': 'x-consumer-secret' };

export interface CallOptions {
  method?: string;
  body?: unknown;
  /** `null` sends no Authorization header. */
  apiKey?: string | null;
  profileKey?: string;
  /** Send the X BYO headers (default true, so tests about other rules are not tripped by them). */
  x?: boolean;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // Tests read arbitrary response fields; the sandbox's contract is what they assert.
  body: any;
}

export async function call(sandbox: Sandbox, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...(options.x === false ? {} : X_HEADERS), ...options.headers };
  if (options.apiKey !== null) headers.Authorization = `Bearer ${options.apiKey ?? DEMO_API_KEY}`;
  if (options.profileKey) headers['Profile-Key'] = options.profileKey;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(`${sandbox.baseUrl}${path}`, {
    method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

export function post(sandbox: Sandbox, body: unknown, options: CallOptions = {}): Promise<CallResult> {
  return call(sandbox, '/post', { ...options, method: 'POST', body });
}

export const IMAGE = 'https://cdn.example.com/photos/harbour.jpg';
export const IMAGE_2 = 'https://cdn.example.com/photos/lighthouse.jpg';
export const PNG = 'https://cdn.example.com/photos/chart.png';
export const VIDEO = 'https://cdn.example.com/clips/launch.mp4';

/** An ISO date `ms` after the sandbox clock, in the format Ayrshare wants. */
export function inFuture(sandbox: Sandbox, ms: number): string {
  return new Date(sandbox.now() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
