import * as z from 'zod/mini';
import { FailureError } from '../ayrshare/failure';
import type { Platform } from '../ayrshare/platforms';
import { send } from '../messaging/send';
import { apiCall, type ApiRequest } from '../messaging/protocol';
import { commentsOf, type PostComment } from './comments';
import { entryOf, type HistoryEntry } from './entry';
import { analyticsOf, type NetworkAnalytics } from './metrics';
import { historyQuery, type HistoryFilters } from './query';
import { DeleteAllReply, HistoryReply, PostReply } from './reply';

/**
 * The history page's calls to Ayrshare, made by the background through the gateway for one
 * profile (ayrshare-api.md §4.3–4.7, §4.13, §4.14). Each reply is checked here; what cannot be
 * read is a "malformed" failure naming the API host.
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
  comments(id: string): Promise<PostComment[]>;
  addComment(id: string, comment: string, platforms: Platform[]): Promise<unknown>;
  deleteComment(ayrshareCommentId: string): Promise<void>;
}

export function historyApi(profileId: string, host: string): HistoryApi {
  const call = (request: Omit<ApiRequest, 'profileId'>) => send(apiCall, { profileId, ...request });
  const read = <S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> => {
    const parsed = z.safeParse(schema, value);
    if (!parsed.success) throw new FailureError({ kind: 'malformed', host });
    return parsed.data;
  };
  return {
    async list(filters, before) {
      const reply = read(HistoryReply, await call({ method: 'get', path: 'history', query: historyQuery(filters, before) }));
      // One damaged item does not hide the others.
      const entries = reply.history.flatMap((item) => {
        const post = z.safeParse(PostReply, item);
        return post.success ? [entryOf(post.data)] : [];
      });
      return { entries, pageLength: reply.history.length };
    },
    async get(id) {
      return entryOf(read(PostReply, await call({ method: 'get', path: `post/${id}` })));
    },
    async remove(id) {
      await call({ method: 'delete', path: 'post', json: { id } });
    },
    async removeAllScheduled() {
      return read(DeleteAllReply, await call({ method: 'delete', path: 'post', json: { deleteAllScheduled: true } })).deleted;
    },
    async update(id, change) {
      await call({ method: 'patch', path: 'post', json: { id, ...change } });
    },
    async retry(id) {
      await call({ method: 'put', path: 'post/retry', json: { id } });
    },
    async analytics(id, platforms) {
      return analyticsOf(await call({ method: 'post', path: 'analytics/post', json: { id, platforms } }), platforms);
    },
    async comments(id) {
      return commentsOf(await call({ method: 'get', path: `comments/${id}` }));
    },
    async addComment(id, comment, platforms) {
      return call({ method: 'post', path: 'comments', json: { id, comment, platforms } });
    },
    async deleteComment(ayrshareCommentId) {
      await call({ method: 'delete', path: `comments/${ayrshareCommentId}` });
    },
  };
}
