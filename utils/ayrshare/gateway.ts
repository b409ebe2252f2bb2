import { FailureError } from './failure';
import type { ApiRequest } from '../messaging/protocol';
import type { ApiCall } from './client';

/**
 * The Ayrshare calls a page may ask the background to make for it. Pages never hold a key; this
 * list bounds what they can do with one, and the path is matched whole so `..` or a query string
 * cannot slip in.
 */
const ALLOWED: ReadonlyArray<readonly [ApiRequest['method'], RegExp, number?]> = [
  ['get', /^user$/],
  ['get', /^profiles$/],
  ['get', /^history$/],
  ['get', /^post\/[\w-]{1,64}$/],
  // The history page's actions on a post (ayrshare-api.md §4.4–4.6); the post id travels in the body.
  ['delete', /^post$/],
  ['patch', /^post$/],
  ['put', /^post\/retry$/],
  // A post's analytics and comments (§4.13, §4.14). Comments are deleted by their Ayrshare id.
  ['post', /^analytics\/post$/],
  ['get', /^comments\/[\w-]{1,64}$/],
  ['post', /^comments$/],
  ['delete', /^comments\/[\w-]{1,64}$/],
  ['post', /^validate\/post$/],
  // Uploads carry up to 30 MB: they get longer than the usual 15 seconds.
  ['post', /^media\/upload$/, 180_000],
  ['get', /^media\/uploadUrl$/],
];

export function apiCallFor(request: ApiRequest): ApiCall {
  const allowed = ALLOWED.find(([method, path]) => method === request.method && path.test(request.path));
  if (!allowed) throw new FailureError({ kind: 'badRequest' });
  const searchParams = request.query?.filter((pair) => pair.length === 2);
  return { method: request.method, path: request.path, json: request.json, searchParams, timeoutMs: allowed[2] };
}
