// POST /post (ayrshare-api.md §4.2): validate, then publish now, schedule, or hold for approval.
import type { Profile } from '../account.ts';
import { planAllows } from '../account.ts';
import { nextSlot } from '../auto-schedule.ts';
import { ApiError, ERROR_CODES, apiError, badParameters } from '../errors.ts';
import { networkError, publishPost } from '../publishing.ts';
import { isRecord } from '../seed.ts';
import { ayrsharePostId, randomString } from '../social-ids.ts';
import type { PostRecord } from '../store.ts';
import { findNetworkIssues } from '../validation/network-checks.ts';
import { parsePostRequest } from '../validation/post-request.ts';
import type { PostDraft } from '../validation/post-request.ts';
import { requireXCredentials } from '../x-credentials.ts';
import { jsonBody, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

export function createPost(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'post');
  if (isRecord(raw) && raw.profileKeys !== undefined) return createForProfiles(ctx, raw);
  return createForProfile(ctx, ctx.profile, raw);
}

function createForProfile(ctx: ApiContext, profile: Profile, raw: unknown): ApiReply {
  const { state, clock } = ctx;
  const draft = parsePostRequest(raw, profile.linked);
  requireXCredentials(ctx.request.headers, draft.platforms);
  if (!planAllows(state.account.plan, 'premium') && draft.media.some((m) => m.kind === 'video')) {
    throw apiError(403, 'post', ERROR_CODES.planRequired, 'Video posts require a Premium or Business plan.');
  }
  if (draft.autoSchedule && !planAllows(state.account.plan, 'premium')) {
    throw apiError(403, 'post', ERROR_CODES.planRequired, 'Auto schedule requires a Premium or Business plan.');
  }
  if (draft.idempotencyKey !== null) refuseUsedKey(ctx, profile, draft.idempotencyKey);

  const now = clock.now();
  if (draft.autoSchedule) draft.scheduleDate = takeSlot(ctx, profile, draft.autoSchedule.title, now);
  // "If not specified, the first post will be published immediately": an evergreen series with a
  // startDate and no scheduleDate first goes out at its start (Ayrshare's post overview, §4.2).
  if (draft.autoRepost?.startDate && !draft.scheduleDate) draft.scheduleDate = draft.autoRepost.startDate;
  const scheduled = draft.scheduleDate !== null && draft.scheduleDate.ms > now;
  const record = newRecord(draft, profile, now, scheduled);

  if (scheduled || draft.requiresApproval) {
    // validateScheduled (default true) runs the checks now and rejects the whole post (§4.2).
    if (draft.validateScheduled) {
      const issues = findNetworkIssues(draft, profile.linked);
      if (issues.size > 0) {
        const errors = [...issues].map(([platform, issue]) => networkError(record, platform, issue));
        return reply({ status: 'error', errors, postIds: [], post: draft.text }, 400);
      }
    }
    record.data.status = draft.requiresApproval ? 'awaiting approval' : 'pending';
    store(ctx, profile, record);
    if (draft.autoSchedule && draft.scheduleDate) state.schedulesOf(profile).get(draft.autoSchedule.title)!.lastSlot = draft.scheduleDate.ms;
    return reply({
      status: draft.requiresApproval ? 'awaiting approval' : 'scheduled',
      id: record.data.id,
      refId: profile.refId,
      post: draft.text,
      // Whether the answer names the slot an autoSchedule post took is undocumented (addendum §1d).
      ...(record.data.scheduleDate && !(draft.autoSchedule && state.pessimistic.has('autoScheduleWithoutDate')) ? { scheduleDate: record.data.scheduleDate } : {}),
      ...(record.data.autoRepostId ? { autoRepostId: record.data.autoRepostId } : {}),
      errors: [],
      postIds: [],
    });
  }

  store(ctx, profile, record);
  publishPost(state, profile, record, now);
  const { data } = record;
  return reply({
    status: data.status,
    errors: data.errors,
    postIds: data.postIds,
    id: data.id,
    refId: profile.refId,
    post: data.post,
    ...(data.autoRepostId ? { autoRepostId: data.autoRepostId } : {}),
  }, data.errors.length > 0 ? 400 : 200);
}

/**
 * Legacy multi-profile posting (`profileKeys: [...]` in the body, §2.3 ⚠): one result per
 * profile, wrapped in `{status, posts}` or a bare array with `arrayResponse: true`.
 */
function createForProfiles(ctx: ApiContext, raw: Record<string, unknown>): ApiReply {
  const keys = raw.profileKeys;
  if (!Array.isArray(keys) || keys.length === 0 || !keys.every((k) => typeof k === 'string')) {
    throw badParameters('post', '"profileKeys" must be a non-empty array of Profile Keys.');
  }
  if (!planAllows(ctx.state.account.plan, 'business')) {
    throw apiError(403, 'post', ERROR_CODES.planRequired, 'Posting for User Profiles requires a Business plan.');
  }
  const posts = keys.map((key: string) => {
    const profile = ctx.state.account.profile(key);
    if (!profile) return { status: 'error', code: ERROR_CODES.profileKeyNotFound, message: 'Profile Key not found.' };
    if (profile.suspended) return { status: 'error', code: ERROR_CODES.profileSuspended, message: 'This User Profile is suspended.', profileTitle: profile.title };
    try {
      const { body } = createForProfile(ctx, profile, raw);
      return { ...(body as Record<string, unknown>), profileTitle: profile.title };
    } catch (error) {
      if (error instanceof ApiError) return { ...error.body, profileTitle: profile.title };
      throw error;
    }
  });
  const allSucceeded = posts.every((p) => p.status !== 'error');
  return reply(raw.arrayResponse === true ? posts : { status: allSucceeded ? 'success' : 'error', posts }, allSucceeded ? 200 : 400);
}

/**
 * "Duplicate keys are rejected" (§4.2): a key already used, or (by default) held by a request with
 * it still being answered, refuses the request. The docs show no such answer: by default the
 * sandbox names the post the key made (code 137, `id`); pessimistically it answers a generic 101
 * naming nothing, and checks a copy only against what was done when it arrived, so two copies
 * arriving together both go through (README: "Pessimistic readings").
 */
function refuseUsedKey(ctx: ApiContext, profile: Profile, key: string): void {
  const { state } = ctx;
  const arrival = ctx.request.arrival?.key === state.idempotencyKey(profile, key) ? ctx.request.arrival : undefined;
  const together = state.pessimistic.has('concurrentDuplicates');
  const original = together && arrival ? arrival.madePost : state.idempotencyKeys.get(state.idempotencyKey(profile, key));
  const pending = !together && arrival?.concurrent === true;
  if (!original && !pending) return;
  if (state.pessimistic.has('duplicateKeyWithoutId')) {
    throw apiError(400, 'post', ERROR_CODES.missingParameters, 'Missing or incorrect parameters. Please verify with the docs.');
  }
  if (!original) {
    throw apiError(400, 'post', ERROR_CODES.idempotencyKeyReused,
      'A request with this idempotencyKey is still being processed; this copy was not sent. Check the post history for the outcome.',
      { idempotencyKey: key });
  }
  // The original id lets a client that lost the first answer find the post it already made.
  throw apiError(400, 'post', ERROR_CODES.idempotencyKeyReused,
    `The idempotencyKey was already used for post ${original} of this profile; the post was not sent again. Use a new key for a new post.`,
    { id: original, idempotencyKey: key });
}

function newRecord(draft: PostDraft, profile: Profile, now: number, scheduled: boolean): PostRecord {
  return {
    draft,
    pendingNetworks: [],
    retryDueAt: null,
    data: {
      id: ayrsharePostId(),
      profileKey: profile.key,
      status: 'pending',
      type: scheduled ? 'scheduled' : 'now',
      post: draft.text,
      platforms: draft.platforms,
      mediaUrls: draft.media.map((m) => m.url),
      scheduleDate: draft.scheduleDate?.iso ?? null,
      requiresApproval: draft.requiresApproval,
      approved: false,
      notes: draft.notes,
      idempotencyKey: draft.idempotencyKey,
      body: draft.body,
      postIds: [],
      errors: [],
      created: now,
      publishedAt: null,
      retried: false,
      autoRepostId: draft.autoRepost ? randomString(20) : null,
    },
  };
}

function store(ctx: ApiContext, profile: Profile, record: PostRecord): void {
  ctx.state.posts.push(record);
  if (record.data.idempotencyKey !== null) {
    ctx.state.idempotencyKeys.set(ctx.state.idempotencyKey(profile, record.data.idempotencyKey), record.data.id);
  }
}

/**
 * The next free slot of the profile's schedule with this title (addendum §1d), taken for good:
 * deleting the post later does not give it back.
 */
function takeSlot(ctx: ApiContext, profile: Profile, title: string, now: number): { ms: number; iso: string } {
  const schedule = ctx.state.schedulesOf(profile).get(title);
  if (!schedule) throw badParameters('post', `"autoSchedule": no schedule titled "${title.slice(0, 100)}". Set one with POST /auto-schedule/set.`);
  const ms = nextSlot(schedule, now, ctx.state.pessimistic.has('weekendByDefault'));
  if (ms === null) throw badParameters('post', `"autoSchedule": the schedule "${title.slice(0, 100)}" has no free slot in the next three years.`);
  // Only checked posts take a slot: a refused request leaves the queue as it was.
  return { ms, iso: new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z') };
}
