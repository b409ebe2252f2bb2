// What happens when a post reaches the networks: seeded rejections, X duplicates, Google's
// phone-number rule, async networks, and the clock-driven steps (scheduled publishing, pending
// networks completing, retries). Validation happened earlier; this is the networks' own say.
import type { Profile } from './account.ts';
import { DAY, SECOND } from './clock.ts';
import { ERROR_CODES } from './errors.ts';
import type { Platform } from './platforms.ts';
import { pendingResult, publishedResult } from './social-ids.ts';
import type { PostRecord, SandboxState } from './store.ts';
import type { NetworkError, NetworkPostResult } from './types.ts';
import { findNetworkIssues, networkIssue, notLinked } from './validation/network-checks.ts';
import type { NetworkIssue } from './validation/network-checks.ts';
import { containsPhoneNumber } from './validation/text.ts';

/** How long a retried post stays `pending` before the sandbox re-attempts it (§4.6). */
export const RETRY_DELAY_MS = 5 * SECOND;

export function networkError(record: PostRecord, platform: Platform, issue: NetworkIssue, retryAvailable = false): NetworkError {
  return {
    action: 'post',
    status: 'error',
    code: issue.code,
    message: issue.message,
    platform,
    post: record.data.post,
    ...(retryAvailable ? { retryAvailable: true } : {}),
  };
}

/** Publishes every network of the post at `at` (sandbox ms); validation problems become errors. */
export function publishPost(state: SandboxState, profile: Profile, record: PostRecord, at: number): void {
  const issues = findNetworkIssues(record.draft, profile.linked);
  record.data.publishedAt = at;
  for (const platform of record.data.platforms) {
    const issue = issues.get(platform);
    if (issue) record.data.errors.push(networkError(record, platform, issue));
    else attemptNetwork(state, profile, record, platform, at);
  }
  record.data.status = settledStatus(record);
}

function attemptNetwork(state: SandboxState, profile: Profile, record: PostRecord, platform: Platform, at: number): void {
  const { data, draft } = record;
  const rejection = takeSeededRejection(profile, platform);
  if (rejection) {
    data.errors.push(networkError(record, platform, rejection, rejection.retryAvailable));
    return;
  }
  if (platform === 'twitter' && isDuplicateOnX(state, profile, record)) {
    data.errors.push(networkError(record, platform, { code: ERROR_CODES.duplicateStatus, message: 'Status is a duplicate.' }));
    return;
  }
  if (platform === 'gmb' && containsPhoneNumber(draft.text)) {
    data.errors.push(networkError(record, platform, {
      code: ERROR_CODES.networkRejectedContent,
      message: 'Google Business Profile rejected the post: posts may not contain phone numbers. Use gmbOptions.callToAction with actionType "call" instead.',
    }));
    return;
  }
  const hasVideo = draft.media.some((m) => m.kind === 'video');
  const pending = profile.pending[platform];
  if (pending) {
    data.postIds.push(pendingResult(platform, hasVideo));
    record.pendingNetworks.push({ platform, dueAt: at + pending.afterMs, outcome: pending.outcome });
    return;
  }
  data.postIds.push(successResult(state, profile, record, platform, at));
}

function successResult(state: SandboxState, profile: Profile, record: PostRecord, platform: Platform, at: number): NetworkPostResult {
  const { draft } = record;
  const result = publishedResult(platform, {
    account: profile.accounts.get(platform)!,
    text: draft.text,
    hasVideo: draft.media.some((m) => m.kind === 'video'),
    subreddit: (draft.options.reddit?.subreddit ?? draft.topLevel.subreddit) as string | undefined,
    spotlight: draft.options.snapchat?.spotlight === true,
  });
  // Instagram answers with the posts used of its 50-per-24-hours quota (§6.3).
  if (platform === 'instagram') result.usedQuota = instagramPostsSince(state, profile, at - DAY) + 1;
  return result;
}

interface ActiveRejection extends NetworkIssue {
  retryAvailable: boolean;
}

function takeSeededRejection(profile: Profile, platform: Platform): ActiveRejection | null {
  const seeded = profile.rejects[platform];
  if (!seeded) return null;
  const used = profile.rejectionsUsed.get(platform) ?? 0;
  if (seeded.times !== undefined && used >= seeded.times) return null;
  profile.rejectionsUsed.set(platform, used + 1);
  return { code: seeded.code, message: seeded.message, retryAvailable: seeded.retryAvailable ?? seeded.times !== undefined };
}

/** X refuses a status identical to an earlier one of the same account (code 110, §5.2). */
function isDuplicateOnX(state: SandboxState, profile: Profile, record: PostRecord): boolean {
  const text = record.draft.text.trim();
  if (text === '') return false;
  return state.postsOf(profile).some((other) =>
    other !== record &&
    other.data.status !== 'deleted' &&
    other.draft.text.trim() === text &&
    other.data.postIds.some((p) => p.platform === 'twitter' && p.status === 'success'));
}

function instagramPostsSince(state: SandboxState, profile: Profile, since: number): number {
  return state.postsOf(profile).filter((r) =>
    (r.data.publishedAt ?? -Infinity) >= since && r.data.postIds.some((p) => p.platform === 'instagram' && p.status === 'success')).length;
}

/** A post's status once its networks answered: any failure makes the whole post `error` (§3). */
export function settledStatus(record: PostRecord): 'success' | 'error' {
  return record.data.errors.length > 0 ? 'error' : 'success';
}

/**
 * Brings every post up to the sandbox clock: scheduled posts whose date has passed publish,
 * pending networks complete, retries run. Called before any read so nothing needs a timer.
 */
export function settle(state: SandboxState, now: number): void {
  for (const record of state.posts) {
    const profile = state.account.profile(record.data.profileKey);
    if (!profile) continue;
    const { data, draft } = record;
    if (record.retryDueAt !== null && record.retryDueAt <= now) {
      const at = record.retryDueAt;
      record.retryDueAt = null;
      runRetry(state, profile, record, at);
    }
    if (data.status === 'pending' && data.publishedAt === null && draft.scheduleDate && draft.scheduleDate.ms <= now) {
      publishPost(state, profile, record, Math.max(draft.scheduleDate.ms, data.created));
    }
    completePendingNetworks(state, profile, record, now);
  }
}

function completePendingNetworks(state: SandboxState, profile: Profile, record: PostRecord, now: number): void {
  const due = record.pendingNetworks.filter((p) => p.dueAt <= now);
  if (due.length === 0) return;
  record.pendingNetworks = record.pendingNetworks.filter((p) => p.dueAt > now);
  for (const { platform, outcome, dueAt } of due) {
    const index = record.data.postIds.findIndex((p) => p.platform === platform && p.id === 'pending');
    if (index < 0) continue;
    if (outcome === 'success') {
      record.data.postIds[index] = successResult(state, profile, record, platform, dueAt);
    } else {
      // A failed async publish keeps its entry with `id: "failed"` and adds an error (§4.2, TikTok).
      record.data.postIds[index] = { status: 'error', id: 'failed', platform };
      record.data.errors.push(networkError(record, platform, outcome, true));
    }
  }
  if (record.data.status === 'success' || record.data.status === 'error') record.data.status = settledStatus(record);
}

/** PUT /post/retry: the failed networks are attempted once more when the retry delay has passed. */
export function scheduleRetry(record: PostRecord, now: number): void {
  record.data.status = 'pending';
  record.data.retried = true;
  record.retryDueAt = now + RETRY_DELAY_MS;
}

function runRetry(state: SandboxState, profile: Profile, record: PostRecord, at: number): void {
  const { data } = record;
  const failed = [...new Set(data.errors.map((e) => e.platform))];
  data.errors = data.errors.filter((e) => !failed.includes(e.platform));
  data.postIds = data.postIds.filter((p) => !(failed.includes(p.platform) && p.status === 'error'));
  for (const platform of failed) {
    const issue = profile.linked.includes(platform) ? networkIssue(platform, record.draft) : notLinked(platform);
    if (issue) data.errors.push(networkError(record, platform, issue));
    else attemptNetwork(state, profile, record, platform, at);
  }
  data.status = settledStatus(record);
}
