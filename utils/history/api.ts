import * as z from 'zod/mini';
import { ask } from '../ayrshare/ask';
import type { EndpointParams, PageEndpoint } from '../ayrshare/endpoints';
import { FailureError, failureOf } from '../ayrshare/failure';
import { byPlan } from '../ayrshare/plan';
import type { Platform } from '../ayrshare/platforms';
import { onePost } from '../ayrshare/post-reply';
import { HistoryPost } from '../ayrshare/replies';
import { commentsOf, forgetComments, madeComments, rememberComments, type CommentCopy, type PostComment } from './comments';
import { entryOf, type HistoryEntry } from './entry';
import { analyticsOf, type NetworkAnalytics } from './metrics';
import { historyQuery, type HistoryFilters } from './query';
import { REACH_NETWORKS } from '../reach/followers';
import { followersFor } from '../reach/refresh';
import type { Followers } from '../storage/reach';

/**
 * The history page's calls to Ayrshare, made by the background for one profile through the named
 * endpoints (ayrshare-api.md §4.3–4.7, §4.13, §4.14). Each reply is checked against its
 * endpoint's schema; what cannot be read is a "malformed" failure naming the API host.
 */
export interface HistoryApi {
  /** One page of posts, newest first; `before` = creation time of the oldest post shown. */
  list(filters: HistoryFilters, before?: number): Promise<{ entries: HistoryEntry[]; pageLength: number }>;
  get(id: string): Promise<HistoryEntry>;
  remove(id: string): Promise<void>;
  /** Cancels every scheduled post of the profile; the number cancelled, when Ayrshare says. */
  removeAllScheduled(): Promise<number | undefined>;
  update(id: string, change: { approved?: true; scheduleDate?: string; notes?: string }): Promise<void>;
  retry(id: string): Promise<void>;
  analytics(id: string, platforms: Platform[]): Promise<NetworkAnalytics[]>;
  /** The followers of the profile's accounts on these networks (POST /analytics/social); a plan without them is explained. */
  followers(platforms: Platform[]): Promise<Followers[]>;
  comments(id: string): Promise<PostComment[]>;
  addComment(id: string, comment: string, platforms: Platform[]): Promise<unknown>;
  /** Deletes a comment made from here: each network's copy, by the network's own comment id. */
  deleteComment(copies: readonly CommentCopy[]): Promise<void>;
}

/** A post of a reply as the page's entry; one that is not a post with an id is undefined. */
function entryOfReply(item: unknown): HistoryEntry | undefined {
  const post = z.safeParse(HistoryPost, item);
  return post.success && post.data.id !== undefined ? entryOf({ ...post.data, id: post.data.id }) : undefined;
}

export function historyApi(profileId: string, host: string): HistoryApi {
  const call = <N extends PageEndpoint>(endpoint: N, params: EndpointParams[N]) => ask(profileId, endpoint, params, host);
  return {
    async list(filters, before) {
      const reply = await call('history', { query: historyQuery(filters, before) });
      // One damaged item does not hide the others.
      const entries = reply.history.flatMap((item) => entryOfReply(item) ?? []);
      return { entries, pageLength: reply.history.length };
    },
    async get(id) {
      const entry = entryOfReply(onePost(await call('post', { id })));
      if (!entry) throw new FailureError({ kind: 'malformed', host });
      return entry;
    },
    async remove(id) {
      await call('deletePost', { json: { id } });
    },
    async removeAllScheduled() {
      return (await call('deletePost', { json: { deleteAllScheduled: true } })).deleted;
    },
    async update(id, change) {
      await call('updatePost', { json: { id, ...change } });
    },
    async retry(id) {
      await call('retryPost', { json: { id } });
    },
    async analytics(id, platforms) {
      return analyticsOf(await call('postAnalytics', { json: { id, platforms } }), platforms);
    },
    async followers(platforms) {
      const asked = platforms.filter((p) => REACH_NETWORKS.includes(p));
      if (asked.length === 0) return [];
      try {
        return await followersFor(profileId, asked);
      } catch (error) {
        throw new FailureError(byPlan('reach', failureOf(error)));
      }
    },
    async comments(id) {
      return commentsOf(await call('comments', { id }), await madeComments());
    },
    async addComment(id, comment, platforms) {
      const reply = await call('addComment', { json: { id, comment, platforms } });
      await rememberComments(reply);
      return reply;
    },
    async deleteComment(copies) {
      for (const { platform, commentId } of copies) {
        await call('deleteComment', { id: commentId, json: { searchPlatformId: true, platform } });
      }
      await forgetComments(copies);
    },
  };
}
