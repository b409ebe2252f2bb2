// Comments on a post (ayrshare-api.md §4.14): add, list (`/comments/:id` and `?id=`), delete.
import { firestoreTimestamp } from '../clock.ts';
import { ERROR_CODES, badParameters, postNotFound } from '../errors.ts';
import { NETWORK_RULES, PLATFORMS, isPlatform } from '../platforms.ts';
import type { Platform } from '../platforms.ts';
import { isRecord } from '../seed.ts';
import { ayrsharePostId, socialCommentId } from '../social-ids.ts';
import type { CommentRecord, PostRecord } from '../store.ts';
import { mediaUrlProblem } from '../validation/media.ts';
import { requireXCredentials } from '../x-credentials.ts';
import { jsonBody, queryValue, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

/** Comment media is accepted by Facebook, LinkedIn and X only (§4.14). */
const COMMENT_MEDIA_NETWORKS: readonly Platform[] = ['facebook', 'linkedin', 'twitter'];

function liveEntry(record: PostRecord, platform: Platform) {
  return record.data.status === 'deleted'
    ? undefined
    : record.data.postIds.find((p) => p.platform === platform && p.status === 'success' && p.id !== 'pending' && !p.deleted);
}

export function addComment(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'comments');
  if (!isRecord(raw) || typeof raw.id !== 'string') throw badParameters('comments', '"id" (the Ayrshare Post ID) is required.');
  if (typeof raw.comment !== 'string' || raw.comment.trim() === '') throw badParameters('comments', '"comment" must be a non-empty string.');
  const mediaUrls = raw.mediaUrls ?? [];
  if (!Array.isArray(mediaUrls) || mediaUrls.length > 1 || !mediaUrls.every((u) => typeof u === 'string' && mediaUrlProblem(u) === null)) {
    throw badParameters('comments', '"mediaUrls" takes at most one https URL.');
  }
  const record = ctx.state.findPost(ctx.profile, raw.id);
  if (!record) throw postNotFound('comments', raw.id);
  const requested = raw.platforms ?? record.data.postIds.filter((p) => p.status === 'success').map((p) => p.platform);
  if (!Array.isArray(requested) || requested.length === 0 || !requested.every(isPlatform)) {
    throw badParameters('comments', `"platforms" must be a non-empty array of ${PLATFORMS.join(', ')}.`);
  }
  requireXCredentials(ctx.request.headers, requested);

  const commentGroupId = ayrsharePostId();
  const now = ctx.clock.now();
  const body: Record<string, unknown> = { status: 'success', id: commentGroupId, commentId: commentGroupId, postId: record.data.id };
  let failures = 0;
  for (const platform of requested) {
    const label = NETWORK_RULES[platform].label;
    const entry = liveEntry(record, platform);
    const problem = !NETWORK_RULES[platform].comments
      ? `${label} comments are not supported.`
      : !entry
        ? `The post is not live on ${label}.`
        : mediaUrls.length > 0 && !COMMENT_MEDIA_NETWORKS.includes(platform)
          ? `${label} comments do not take media; only Facebook, LinkedIn and X do.`
          : null;
    if (problem || !entry) {
      failures++;
      body[platform] = { status: 'error', code: ERROR_CODES.commentsNotSupported, message: problem, platform };
      continue;
    }
    const comment: CommentRecord = {
      id: commentGroupId,
      postId: record.data.id,
      profileKey: ctx.profile.key,
      platform,
      commentId: socialCommentId(platform, entry.id),
      comment: raw.comment,
      mediaUrls: mediaUrls as string[],
      created: now,
      deleted: false,
    };
    ctx.state.comments.push(comment);
    body[platform] = { status: 'success', commentId: comment.commentId, comment: comment.comment, platform };
  }
  if (failures > 0) body.status = 'error';
  return reply(body, failures > 0 ? 400 : 200);
}

export function getComments(ctx: ApiContext): ApiReply {
  const id = ctx.params.id ?? queryValue(ctx.request.query, 'id');
  if (!id) throw badParameters('comments', 'Give the Ayrshare Post ID: GET /comments/:id or /comments?id=.');
  const record = ctx.state.findPost(ctx.profile, id);
  if (!record) throw postNotFound('comments', id);
  requireXCredentials(ctx.request.headers, record.data.platforms);
  const body: Record<string, unknown> = { status: 'success', id: record.data.id };
  for (const platform of record.data.platforms) {
    if (!NETWORK_RULES[platform].comments || !liveEntry(record, platform)) continue;
    const account = ctx.profile.accounts.get(platform);
    body[platform] = ctx.state.comments
      .filter((c) => c.postId === record.data.id && c.platform === platform && !c.deleted)
      // The documented item (§4.14, addendum §5b): the network's `commentId`, no Ayrshare comment id.
      .map((c) => ({
        comment: c.comment,
        commentId: c.commentId,
        created: new Date(c.created).toISOString(),
        from: { name: account?.displayName, id: account?.id, username: account?.username },
        hidden: false,
        likeCount: 0,
        platform,
        postId: String(liveEntry(record, platform)?.id ?? ''),
        username: account?.username,
      }));
  }
  return reply(body);
}

/**
 * `:id` is an Ayrshare Post ID (every comment made through Ayrshare on it), or a network's own
 * comment id with `searchPlatformId: true` and its `platform` (§4.14, addendum §5c). The answer is
 * per network, as documented: `{action: "delete", status, id, comment}`.
 */
export function deleteComments(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'comments');
  const bodyFields = isRecord(raw) ? raw : {};
  const id = ctx.params.id ?? (typeof bodyFields.id === 'string' ? bodyFields.id : undefined) ?? queryValue(ctx.request.query, 'id');
  const platform = (bodyFields.platform as string | undefined) ?? queryValue(ctx.request.query, 'platform');
  const bySocialId = bodyFields.searchPlatformId === true || queryValue(ctx.request.query, 'searchPlatformId') === 'true';
  if (!id) throw badParameters('comments', 'Give the id to delete: DELETE /comments/:id.');
  if (bySocialId && (platform === undefined || !isPlatform(platform))) {
    throw badParameters('comments', 'A social comment id needs "searchPlatformId": true and the "platform" it is on.');
  }

  const mine = ctx.state.comments.filter((c) => c.profileKey === ctx.profile.key && !c.deleted);
  const post = bySocialId ? undefined : ctx.state.findPost(ctx.profile, id);
  const targets = post ? mine.filter((c) => c.postId === id) : bySocialId ? mine.filter((c) => c.platform === platform && c.commentId === id) : [];
  if (!post && targets.length === 0) throw postNotFound('comments', id);
  requireXCredentials(ctx.request.headers, targets.map((c) => c.platform));

  const body: Record<string, unknown> = { status: 'success' };
  for (const comment of targets) {
    comment.deleted = true;
    body[comment.platform] = { action: 'delete', status: 'success', id: comment.commentId, comment: comment.comment };
  }
  return reply(body);
}
