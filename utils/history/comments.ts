import * as z from 'zod/mini';
import { Platform, PLATFORMS } from '../ayrshare/platforms';
import { msOf } from '../ayrshare/post-reply';
import { CommentReply, NetworkCommentReply, PerNetworkReply, socialId } from '../ayrshare/replies';
import { storedValue } from '../storage/stored-value';

/** One network's copy of a comment, by the network's own comment id (the one Ayrshare documents, §4.14). */
export const CommentCopy = z.object({ platform: Platform, commentId: z.string() });
export type CommentCopy = z.infer<typeof CommentCopy>;

/**
 * The comments added from this browser, each with the copies on every network it went to. GET
 * /comments/:id lists every comment with only its network's id: these are the ones Sharebeam
 * offers to delete, and the copies of one comment are shown as one item.
 */
const MadeComment = z.object({ group: z.string(), copies: z.array(CommentCopy) });
type MadeComment = z.infer<typeof MadeComment>;
const madeHere = storedValue('commentsMade', z.array(MadeComment), []);
const KEEP_MADE = 200;

export const madeComments = () => madeHere.get();

/** Keeps the copies a POST /comments reply says were made. */
export async function rememberComments(reply: unknown): Promise<void> {
  const parsed = z.safeParse(PerNetworkReply, reply);
  if (!parsed.success) return;
  const copies = PLATFORMS.flatMap((platform) => {
    const copy = z.safeParse(NetworkCommentReply, parsed.data[platform]);
    const commentId = copy.success && copy.data.status === 'success' ? socialId(copy.data.commentId) : undefined;
    return commentId ? [{ platform, commentId }] : [];
  });
  if (copies.length > 0) await madeHere.update((made) => [...made, { group: crypto.randomUUID(), copies }].slice(-KEEP_MADE));
}

export async function forgetComments(copies: readonly CommentCopy[]): Promise<void> {
  const gone = (c: CommentCopy) => copies.some((d) => d.platform === c.platform && d.commentId === c.commentId);
  await madeHere.update((made) => made.map((m) => ({ ...m, copies: m.copies.filter((c) => !gone(c)) })).filter((m) => m.copies.length > 0));
}

/** One comment on one network (GET /comments/:id, ayrshare-api.md §4.14). */
export interface PostComment {
  platform: Platform;
  text: string;
  /** Who wrote it, as the network names them. */
  author?: string;
  created?: number;
  /** The network's own comment id. */
  commentId?: string;
  /** The comment added from here that this is a copy of; comments by other people have none. */
  group?: string;
}

/** The comments of a reply, network by network; those added from here know their group. */
export function commentsOf(reply: unknown, made: readonly MadeComment[] = []): PostComment[] {
  const parsed = z.safeParse(PerNetworkReply, reply);
  if (!parsed.success) return [];
  return PLATFORMS.flatMap((platform) => {
    const list = parsed.data[platform];
    if (!Array.isArray(list)) return [];
    return list.flatMap((item): PostComment[] => {
      const comment = z.safeParse(CommentReply, item);
      if (!comment.success || comment.data.comment === undefined) return [];
      const { from, created } = comment.data;
      const commentId = socialId(comment.data.commentId);
      const group = made.find((m) => m.copies.some((c) => c.platform === platform && c.commentId === commentId))?.group;
      return [{ platform, text: comment.data.comment, author: from?.name || from?.username || undefined, created: msOf(created), commentId, group }];
    });
  });
}

/** Networks that refused a new comment, with their words (POST /comments answers per network). */
export function refusedComments(reply: unknown): Array<{ platform: Platform; message?: string }> {
  const parsed = z.safeParse(PerNetworkReply, reply);
  if (!parsed.success) return [];
  return PLATFORMS.flatMap((platform) => {
    const refusal = z.safeParse(NetworkCommentReply, parsed.data[platform]);
    return refusal.success && refusal.data.status === 'error' ? [{ platform, message: refusal.data.message }] : [];
  });
}

/** What the page lists: a comment added from here once with all its networks, others one by one. */
export interface CommentItem {
  text: string;
  author?: string;
  created?: number;
  platforms: Platform[];
  /** The copies to delete, for a comment added from here. */
  copies?: CommentCopy[];
}

/** The copies of one comment added from here are one item, and deleting it removes them all. */
export function groupComments(comments: readonly PostComment[]): CommentItem[] {
  const items: CommentItem[] = [];
  const byGroup = new Map<string, CommentItem>();
  for (const comment of comments) {
    const copy = comment.group !== undefined && comment.commentId !== undefined ? { platform: comment.platform, commentId: comment.commentId } : undefined;
    const same = comment.group !== undefined ? byGroup.get(comment.group) : undefined;
    if (same) {
      same.platforms.push(comment.platform);
      if (copy) same.copies!.push(copy);
      continue;
    }
    const item: CommentItem = {
      text: comment.text,
      author: comment.author,
      created: comment.created,
      platforms: [comment.platform],
      copies: copy ? [copy] : undefined,
    };
    items.push(item);
    if (comment.group !== undefined) byGroup.set(comment.group, item);
  }
  return items.sort((a, b) => (a.created ?? 0) - (b.created ?? 0));
}
