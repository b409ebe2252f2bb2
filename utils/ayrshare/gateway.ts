import { FailureError } from './failure';
import type { ApiRequest } from '../messaging/protocol';
import type { ApiCall } from './client';

/**
 * The Ayrshare calls a page may ask the background to make for it. Pages never hold a key; this
 * list bounds what they can do with one, and the path is matched whole so `..` or a query string
 * cannot slip in.
 */
const ALLOWED: ReadonlyArray<readonly [ApiRequest['method'], RegExp]> = [
  ['get', /^user$/],
  ['get', /^profiles$/],
  ['get', /^history$/],
  ['get', /^post\/[\w-]{1,64}$/],
];

export function apiCallFor(request: ApiRequest): ApiCall {
  if (!ALLOWED.some(([method, path]) => method === request.method && path.test(request.path))) {
    throw new FailureError({ kind: 'badRequest' });
  }
  const searchParams = request.query?.filter((pair) => pair.length === 2);
  return { method: request.method, path: request.path, json: request.json, searchParams };
}
