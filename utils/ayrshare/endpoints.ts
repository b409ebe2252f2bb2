import { FailureError } from './failure';
import type { PostContent } from './post-body';
import type { Platform } from './platforms';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/**
 * An endpoint: its method, its path relative to the base URL (`:id` is filled from the `id`
 * parameter), and how long an answer may take (15 seconds when unset).
 */
type Endpoint = readonly [method: Method, path: string, timeoutMs?: number];

/** Publishing to many networks, with media, can take Ayrshare a while. */
export const POST_TIMEOUT_MS = 60_000;

/**
 * Every Ayrshare call Sharebeam makes, by name (ayrshare-api.md §4). Pages name one of
 * PAGE_ENDPOINTS and give its parameters; the background serves exactly these, so a page can never
 * reach another path with the keys it does not hold. The replies' schemas are in replies.ts, which
 * only pages load: the worker checks only the replies it acts on itself.
 */
export const ENDPOINTS = {
  user: ['get', 'user'],
  profiles: ['get', 'profiles'],
  history: ['get', 'history'],
  post: ['get', 'post/:id'],
  // The history page's actions on a post (§4.4–4.6); the post id travels in the body.
  deletePost: ['delete', 'post'],
  updatePost: ['patch', 'post'],
  retryPost: ['put', 'post/retry'],
  // A post's analytics and comments (§4.13, §4.14).
  postAnalytics: ['post', 'analytics/post'],
  comments: ['get', 'comments/:id'],
  addComment: ['post', 'comments'],
  deleteComment: ['delete', 'comments/:id'],
  validatePost: ['post', 'validate/post'],
  // The queue: a profile's posting schedules (addendum §1a–1c).
  schedules: ['get', 'auto-schedule/list'],
  setSchedule: ['post', 'auto-schedule/set'],
  deleteSchedule: ['delete', 'auto-schedule/delete'],
  // The media library, and whether Ayrshare can fetch a media address (addendum §2c, §2d).
  mediaLibrary: ['get', 'media'],
  mediaUrlExists: ['post', 'media/urlExists'],
  // Each linked account's numbers, its followers among them (addendum §3a).
  accountAnalytics: ['post', 'analytics/social'],
  // Uploads carry up to 30 MB: they get longer than the usual 15 seconds.
  uploadMedia: ['post', 'media/upload', 180_000],
  uploadUrl: ['get', 'media/uploadUrl'],
  // Only the outbox publishes (with an idempotency key): no page may ask for it directly.
  createPost: ['post', 'post', POST_TIMEOUT_MS],
} as const satisfies Record<string, Endpoint>;

export type EndpointName = keyof typeof ENDPOINTS;

/** What a page may ask the background to call for it: every endpoint but publishing, which only the outbox does. */
export const PAGE_ENDPOINTS = (Object.keys(ENDPOINTS) as EndpointName[]).filter((name) => name !== 'createPost') as [
  Exclude<EndpointName, 'createPost'>,
  ...Exclude<EndpointName, 'createPost'>[],
];
export type PageEndpoint = (typeof PAGE_ENDPOINTS)[number];

/** A query as name/value pairs; array parameters in the indexed form Ayrshare's own tests use (`platforms[0]`). */
export type Query = Array<[string, string]>;

/**
 * Each endpoint's parameters: `id` fills the path, `query` and `json` are sent as they are. A new
 * endpoint needs an entry here, or pages cannot name it.
 */
export interface EndpointParams {
  user: object;
  profiles: object;
  history: { query: Query };
  post: { id: string };
  deletePost: { json: { id: string } | { deleteAllScheduled: true } };
  updatePost: { json: { id: string; approved?: true; scheduleDate?: string; notes?: string } };
  retryPost: { json: { id: string } };
  postAnalytics: { json: { id: string; platforms: Platform[] } };
  comments: { id: string };
  addComment: { json: { id: string; comment: string; platforms: Platform[] } };
  /** A network's own comment id, with the network it is on (§4.14, DELETE /comments/:id). */
  deleteComment: { id: string; json: { searchPlatformId: true; platform: Platform } };
  validatePost: { json: PostContent };
  schedules: object;
  /** Times of day as UTC `HH:MMZ`, days of the week 0 (Sunday) to 6, excluded dates `YYYY-MM-DD`. */
  setSchedule: { json: { title: string; schedule: string[]; daysOfWeek: number[]; excludeDates: string[] } };
  deleteSchedule: { json: { title: string } };
  mediaLibrary: object;
  mediaUrlExists: { json: { mediaUrl: string } };
  accountAnalytics: { json: { platforms: Platform[] } };
  uploadMedia: { json: { file: string; fileName: string } };
  uploadUrl: { query: Query };
  createPost: { json: PostContent & { idempotencyKey: string } };
}

/** The shape every endpoint's parameters share, as the background checks them. */
export interface AnyParams {
  id?: string;
  query?: string[][];
  json?: unknown;
}

export interface ApiCall {
  method: Method;
  path: string;
  json?: unknown;
  searchParams?: string[][];
  timeoutMs?: number;
}

/**
 * The request an endpoint's parameters make. A path with `:id` needs an id and one without takes
 * none; the id is one encoded path segment (social ids hold `/` and `:`), never `.` or `..`, so a
 * page cannot steer a call to another path.
 */
export function callOf(name: EndpointName, params: AnyParams): ApiCall {
  const [method, path, timeoutMs]: Endpoint = ENDPOINTS[name];
  const takesId = path.includes(':id');
  if (takesId !== (params.id !== undefined) || (takesId && /^\.{0,2}$/.test(params.id!))) {
    throw new FailureError({ kind: 'badRequest' });
  }
  return {
    method,
    path: takesId ? path.replace(':id', encodeURIComponent(params.id!)) : path,
    json: params.json,
    searchParams: params.query?.filter((pair) => pair.length === 2),
    timeoutMs,
  };
}
