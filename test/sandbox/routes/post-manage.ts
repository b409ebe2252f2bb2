// Reading and changing a post after it was sent: GET /post/:id (§4.3), DELETE /post (§4.4),
// PATCH|PUT /post (§4.5) and PUT /post/retry (§4.6).
import { ERROR_CODES, apiError, badParameters, postNotFound } from '../errors.ts';
import { NETWORK_RULES } from '../platforms.ts';
import type { Platform } from '../platforms.ts';
import { postView } from '../post-view.ts';
import { publishPost, scheduleRetry, settle } from '../publishing.ts';
import { isRecord } from '../seed.ts';
import type { PostRecord } from '../store.ts';
import { youTubeOptionsIssue } from '../validation/network-options.ts';
import { SCHEDULE_DATE_FORMAT_HINT, parseUtcDateTime } from '../validation/schedule-date.ts';
import { requireXCredentials } from '../x-credentials.ts';
import { jsonBody, queryValue, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

export function getPost(ctx: ApiContext): ApiReply {
  const record = ctx.state.findPost(ctx.profile, ctx.params.id);
  if (!record) throw postNotFound('post', ctx.params.id);
  requireXCredentials(ctx.request.headers, record.data.platforms);
  const post = postView(record, ctx.profile);
  // One doc version shows the post inside an array (ayrshare-api.md §4.3 vs addendum §6).
  return reply(ctx.state.pessimistic.has('getPostAsArray') ? [post] : post);
}

// ── DELETE /post ────────────────────────────────────────────────────────────────────────────

/** A post that never reached the networks can simply be cancelled. */
function isUnpublished(record: PostRecord): boolean {
  return record.data.publishedAt === null && ['pending', 'awaiting approval', 'paused'].includes(record.data.status);
}

export function deletePost(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'delete');
  const body = isRecord(raw) ? raw : {};
  const id = body.id ?? queryValue(ctx.request.query, 'id');
  const markManualDeleted = body.markManualDeleted === true;

  if (body.deleteAllScheduled === true) {
    // "Scheduled" = has a date and has not gone out, whether pending, paused or awaiting approval.
    const cancelled = ctx.state.postsOf(ctx.profile).filter((r) => isUnpublished(r) && r.draft.scheduleDate !== null);
    requireXCredentials(ctx.request.headers, cancelled.flatMap((r) => r.data.platforms));
    for (const record of cancelled) record.data.status = 'deleted';
    return reply({ status: 'success', action: 'delete', deleted: cancelled.length, ids: cancelled.map((r) => r.data.id) });
  }
  if (Array.isArray(body.bulk)) {
    if (body.bulk.length === 0) throw badParameters('delete', '"bulk" must list at least one post id.');
    const records = body.bulk.map((bulkId) => ctx.state.findPost(ctx.profile, bulkId));
    if (!markManualDeleted) requireXCredentials(ctx.request.headers, records.flatMap((r) => r?.data.platforms ?? []));
    const results = body.bulk.map((bulkId, i) => deleteOne(records[i], bulkId, markManualDeleted).body);
    const allDeleted = results.every((r) => r.status === 'success');
    return reply({ status: allDeleted ? 'success' : 'error', bulk: results }, allDeleted ? 200 : 400);
  }
  if (typeof id !== 'string' || id === '') {
    throw badParameters('delete', 'Send "id", "bulk": [ids] or "deleteAllScheduled": true.');
  }
  const record = ctx.state.findPost(ctx.profile, id);
  if (record && !markManualDeleted) requireXCredentials(ctx.request.headers, record.data.platforms);
  const result = deleteOne(record, id, markManualDeleted);
  return reply(result.body, result.status);
}

function deleteOne(record: PostRecord | undefined, id: unknown, markManualDeleted: boolean): { status: number; body: Record<string, unknown> } {
  if (!record) {
    const error = postNotFound('delete', id);
    return { status: 404, body: { ...error.body, id } };
  }
  const { data } = record;
  if (data.status === 'deleted') {
    return { status: 400, body: { action: 'delete', status: 'error', code: ERROR_CODES.postAlreadyDeleted, message: 'Post already deleted.', id: data.id } };
  }
  if (markManualDeleted || isUnpublished(record)) {
    data.status = 'deleted';
    record.pendingNetworks = [];
    record.retryDueAt = null;
    return { status: 200, body: { status: 'success', id: data.id, code: 200, ...(markManualDeleted ? { markManualDeleted: true } : {}) } };
  }

  const perNetwork: Record<string, unknown> = {};
  const errors: Record<string, unknown>[] = [];
  for (const entry of data.postIds) {
    if (entry.status !== 'success' || entry.deleted) continue;
    const { platform } = entry;
    if (entry.id === 'pending') {
      // Still processing on the network: the sandbox stops it before it completes.
      record.pendingNetworks = record.pendingNetworks.filter((p) => p.platform !== platform);
      perNetwork[platform] = { action: 'delete', status: 'success', id: entry.id };
    } else if (NETWORK_RULES[platform].deletableByApi) {
      perNetwork[platform] = { action: 'delete', status: 'success', id: entry.id };
    } else {
      const error = { action: 'delete', status: 'error', code: ERROR_CODES.deleteNotSupported, message: cannotDeleteMessage(platform), platform };
      perNetwork[platform] = error;
      errors.push(error);
    }
  }
  if (errors.length === 0) {
    data.status = 'deleted';
    record.retryDueAt = null;
    return { status: 200, body: { status: 'success', id: data.id, code: 200, ...perNetwork } };
  }
  // The post stays until every copy is gone; the deleted networks are not attempted again.
  for (const entry of data.postIds) {
    if (entry.status === 'success' && (perNetwork[entry.platform] as { status?: string } | undefined)?.status === 'success') entry.deleted = true;
  }
  return { status: 400, body: { status: 'error', id: data.id, errors, ...perNetwork } };
}

function cannotDeleteMessage(platform: Platform): string {
  const label = NETWORK_RULES[platform].label;
  return `${label} does not allow deleting posts through its API. Delete the post in ${label}, then call DELETE /post with "markManualDeleted": true.`;
}

// ── PATCH /post (and PUT /post, the SDK's method) ────────────────────────────────────────────

const UPDATABLE = ['id', 'approved', 'scheduleDate', 'notes', 'scheduledPause', 'disableComments', 'youTubeOptions'];

export function updatePost(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'update');
  if (!isRecord(raw) || typeof raw.id !== 'string') throw badParameters('update', '"id" (the Ayrshare Post ID) is required.');
  const unknown = Object.keys(raw).filter((k) => !UPDATABLE.includes(k));
  if (unknown.length > 0) {
    throw badParameters('update', `Only ${UPDATABLE.slice(1).join(', ')} can be updated (got ${unknown.join(', ')}). Delete the post and post again to change anything else.`);
  }
  const record = ctx.state.findPost(ctx.profile, raw.id);
  if (!record) throw postNotFound('update', raw.id);
  requireXCredentials(ctx.request.headers, record.data.platforms);

  const { data, draft } = record;
  const awaitingApproval = data.status === 'awaiting approval';
  const scheduledAndWaiting = (data.status === 'pending' || data.status === 'paused') && data.publishedAt === null && draft.scheduleDate !== null;
  if (!awaitingApproval && !scheduledAndWaiting) {
    throw apiError(400, 'update', ERROR_CODES.postNotUpdatable,
      `Post ${data.id} has status "${data.status}". Only scheduled posts that are still pending, or posts awaiting approval, can be updated.`);
  }

  // Check every field before changing any, so a rejected update leaves the post as it was.
  for (const flag of ['approved', 'scheduledPause', 'disableComments'] as const) {
    if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean') throw badParameters('update', `"${flag}" must be a boolean.`);
  }
  if (raw.notes !== undefined && typeof raw.notes !== 'string') throw badParameters('update', '"notes" must be a string.');
  const scheduleDate = raw.scheduleDate === undefined ? undefined : parseUtcDateTime(raw.scheduleDate);
  if (scheduleDate === null) throw badParameters('update', `"scheduleDate" is not a valid UTC date-time. ${SCHEDULE_DATE_FORMAT_HINT}`);
  if (raw.youTubeOptions !== undefined) {
    if (!isRecord(raw.youTubeOptions)) throw badParameters('update', '"youTubeOptions" must be an object.');
    const issue = youTubeOptionsIssue(raw.youTubeOptions);
    if (issue) throw apiError(400, 'update', issue.code, issue.message);
  }

  const changed: Record<string, unknown> = {};
  if (scheduleDate) {
    draft.scheduleDate = scheduleDate;
    data.scheduleDate = scheduleDate.iso;
    data.type = 'scheduled';
    data.body = { ...data.body, scheduleDate: scheduleDate.iso };
    changed.scheduleDate = scheduleDate.iso;
  }
  if (typeof raw.notes === 'string') {
    data.notes = raw.notes;
    data.body = { ...data.body, notes: raw.notes };
    changed.notes = raw.notes;
  }
  if (typeof raw.disableComments === 'boolean') {
    data.body = { ...data.body, disableComments: raw.disableComments };
    changed.disableComments = raw.disableComments;
  }
  if (isRecord(raw.youTubeOptions)) {
    draft.options.youtube = { ...draft.options.youtube, ...raw.youTubeOptions };
    data.body = { ...data.body, youTubeOptions: draft.options.youtube };
    changed.youTubeOptions = draft.options.youtube;
  }
  if (typeof raw.scheduledPause === 'boolean' && !awaitingApproval) {
    data.status = raw.scheduledPause ? 'paused' : 'pending';
    changed.scheduledPause = raw.scheduledPause;
  }
  if (raw.approved === true && awaitingApproval) {
    data.approved = true;
    data.status = 'pending';
    changed.approved = true;
    // An approved post without a future date goes out now; a scheduled one waits for its date.
    const now = ctx.clock.now();
    if (!draft.scheduleDate || draft.scheduleDate.ms <= now) publishPost(ctx.state, ctx.profile, record, now);
  }
  settle(ctx.state, ctx.clock.now());
  return reply({ status: 'success', id: data.id, postStatus: data.status, ...changed });
}

// ── PUT /post/retry ──────────────────────────────────────────────────────────────────────────

export function retryPost(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'retry');
  if (!isRecord(raw) || typeof raw.id !== 'string') throw badParameters('retry', '"id" (the Ayrshare Post ID) is required.');
  const record = ctx.state.findPost(ctx.profile, raw.id);
  if (!record) throw postNotFound('retry', raw.id);
  requireXCredentials(ctx.request.headers, record.data.platforms);
  if (record.data.retried) {
    throw apiError(400, 'retry', ERROR_CODES.retryNotAllowed, 'This post was already retried; a post can be retried once. Check its status with GET /post/:id.');
  }
  if (record.data.status !== 'error') {
    throw apiError(400, 'retry', ERROR_CODES.retryNotAllowed, `Only posts with status "error" can be retried; this post is "${record.data.status}".`);
  }
  scheduleRetry(record, ctx.clock.now());
  return reply({ status: 'success', id: record.data.id, postStatus: 'pending', message: 'Retry started. Poll GET /post/:id or /history for the outcome.' });
}
