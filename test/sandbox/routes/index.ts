// Every /api endpoint the sandbox answers, with the plan that unlocks it (ayrshare-api.md §8).
// Aliases the docs accept are listed next to the documented path (§9.1, §9.2, §4.14).
import { getUser, listProfiles } from './account-info.ts';
import { postAnalytics, socialAnalytics } from './analytics.ts';
import { deleteSchedule, listSchedules, setSchedule } from './auto-schedule.ts';
import { addComment, deleteComments, getComments } from './comments.ts';
import type { Route } from './context.ts';
import { createUploadUrl, listMedia, mediaUrlExists, uploadMedia } from './media.ts';
import { createPost } from './post.ts';
import { deletePost, getPost, retryPost, updatePost } from './post-manage.ts';
import { getHistoryEntry, listHistory } from './history.ts';
import { validateJson, validatePost, validatePostLength } from './validate.ts';

export const ROUTES: readonly Route[] = [
  { method: 'GET', path: '/user', plan: 'basic', handler: getUser },

  { method: 'POST', path: '/post', plan: 'basic', handler: createPost },
  { method: 'DELETE', path: '/post', plan: 'basic', handler: deletePost },
  { method: 'PATCH', path: '/post', plan: 'premium', handler: updatePost },
  { method: 'PUT', path: '/post', plan: 'premium', handler: updatePost },
  { method: 'PUT', path: '/post/retry', plan: 'premium', handler: retryPost },
  { method: 'GET', path: '/post/:id', plan: 'basic', handler: getPost },

  { method: 'GET', path: '/history', plan: 'basic', handler: listHistory },
  { method: 'GET', path: '/history/:id', plan: 'basic', handler: getHistoryEntry },

  { method: 'POST', path: '/validate/post', plan: 'premium', handler: validatePost },
  { method: 'POST', path: '/validate/postLength', plan: 'premium', handler: validatePostLength },
  { method: 'POST', path: '/validate/json', plan: 'premium', handler: validateJson },

  { method: 'POST', path: '/media/upload', plan: 'premium', handler: uploadMedia },
  { method: 'POST', path: '/upload', plan: 'premium', handler: uploadMedia },
  { method: 'GET', path: '/media/uploadUrl', plan: 'premium', handler: createUploadUrl },
  { method: 'POST', path: '/media/urlExists', plan: 'premium', handler: mediaUrlExists },
  { method: 'GET', path: '/media', plan: 'premium', handler: listMedia },

  { method: 'GET', path: '/profiles', plan: 'business', handler: listProfiles },

  { method: 'POST', path: '/analytics/post', plan: 'premium', handler: postAnalytics },
  // The social analytics page was not retrievable; the analytics overview's banner says Premium (addendum §3a).
  { method: 'POST', path: '/analytics/social', plan: 'premium', handler: socialAnalytics },

  // "Premium, Business, Enterprise" (addendum §1).
  { method: 'POST', path: '/auto-schedule/set', plan: 'premium', handler: setSchedule },
  { method: 'GET', path: '/auto-schedule/list', plan: 'premium', handler: listSchedules },
  { method: 'DELETE', path: '/auto-schedule/delete', plan: 'premium', handler: deleteSchedule },

  { method: 'POST', path: '/comments', plan: 'premium', handler: addComment },
  { method: 'GET', path: '/comments', plan: 'premium', handler: getComments },
  { method: 'GET', path: '/comments/:id', plan: 'premium', handler: getComments },
  { method: 'DELETE', path: '/comments', plan: 'premium', handler: deleteComments },
  { method: 'DELETE', path: '/comments/:id', plan: 'premium', handler: deleteComments },
];

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** The route for method and path; `methodNotAllowed` when only the path is known. */
export function matchRoute(method: string, path: string): RouteMatch | 'methodNotAllowed' | null {
  let pathKnown = false;
  for (const route of ROUTES) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    pathKnown = true;
    if (route.method === method) return { route, params };
  }
  return pathKnown ? 'methodNotAllowed' : null;
}

function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (g === '') return null;
      params[w.slice(1)] = decodeURIComponent(g);
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}
