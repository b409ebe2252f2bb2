import * as z from 'zod/mini';
import { PLATFORMS, type Platform } from '../ayrshare/platforms';
import { CommentReply, msOf, PerNetworkReply } from './reply';

/** One comment on one network (GET /comments/:id, ayrshare-api.md §4.14). */
export interface PostComment {
  platform: Platform;
  text: string;
  /** Who wrote it, as the network names them. */
  author?: string;
  created?: number;
  /**
   * The Ayrshare Comment ID of a comment made through Ayrshare, which DELETE /comments/:id takes.
   * Comments by other people have none: Sharebeam does not delete those.
   */
  ayrshareId?: string;
}

/** Ayrshare Comment IDs are like post ids; anything else would not pass the gateway. */
const AYRSHARE_ID = /^[\w-]{1,64}$/;

/** The comments of a reply, network by network. */
export function commentsOf(reply: unknown): PostComment[] {
  const parsed = z.safeParse(PerNetworkReply, reply);
  if (!parsed.success) return [];
  return PLATFORMS.flatMap((platform) => {
    const list = parsed.data[platform];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item): PostComment[] => {
      const comment = z.safeParse(CommentReply, item);
      if (!comment.success || comment.data.comment === undefined) return [];
      const { id, from, created } = comment.data;
      return [
        {
          platform,
          text: comment.data.comment,
          author: from?.name || from?.username || undefined,
          created: msOf(created),
          ayrshareId: id !== undefined && AYRSHARE_ID.test(id) ? id : undefined,
        },
      ];
    });
  });
}

const NetworkAnswer = z.object({ status: z.optional(z.string()), message: z.optional(z.string()) });

/** Networks that refused a new comment, with their words (POST /comments answers per network). */
export function refusedComments(reply: unknown): Array<{ platform: Platform; message?: string }> {
  const parsed = z.safeParse(PerNetworkReply, reply);
  if (!parsed.success) return [];
  return PLATFORMS.flatMap((platform) => {
    const refusal = z.safeParse(NetworkAnswer, parsed.data[platform]);
    return refusal.success && refusal.data.status === 'error' ? [{ platform, message: refusal.data.message }] : [];
  });
}

/** What the page lists: a comment made through Ayrshare once with all its networks, others one by one. */
export interface CommentItem {
  text: string;
  author?: string;
  created?: number;
  platforms: Platform[];
  ayrshareId?: string;
}

/**
 * One Ayrshare Comment ID covers the copies of a comment on every network it was added to, and
 * deleting it removes them all, so those copies are one item.
 */
export function groupComments(comments: readonly PostComment[]): CommentItem[] {
  const items: CommentItem[] = [];
  const byId = new Map<string, CommentItem>();
  for (const comment of comments) {
    const same = comment.ayrshareId !== undefined ? byId.get(comment.ayrshareId) : undefined;
    if (same) {
      same.platforms.push(comment.platform);
      continue;
    }
    const item: CommentItem = {
      text: comment.text,
      author: comment.author,
      created: comment.created,
      platforms: [comment.platform],
      ayrshareId: comment.ayrshareId,
    };
    items.push(item);
    if (comment.ayrshareId !== undefined) byId.set(comment.ayrshareId, item);
  }
  return items.sort((a, b) => (a.created ?? 0) - (b.created ?? 0));
}
