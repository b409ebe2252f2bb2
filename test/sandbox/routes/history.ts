// GET /history and GET /history/:id (ayrshare-api.md §4.7), plus GET /history/:platform, the
// posts a network shows for the account (here: the ones made through the sandbox).
import { DAY, MINUTE } from '../clock.ts';
import { badParameters, postNotFound } from '../errors.ts';
import { PLATFORMS, isPlatform } from '../platforms.ts';
import type { Platform } from '../platforms.ts';
import { historyItem, postView } from '../post-view.ts';
import type { PostRecord } from '../store.ts';
import type { PostStatus } from '../types.ts';
import { requireXCredentials } from '../x-credentials.ts';
import { queryList, queryValue, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

const STATUSES: readonly PostStatus[] = ['success', 'error', 'processing', 'pending', 'paused', 'deleted', 'awaiting approval'];
const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 1_000;
const DEFAULT_LAST_DAYS = 30;

export function listHistory(ctx: ApiContext): ApiReply {
  const now = ctx.clock.now();
  const filters = parseFilters(ctx.request.query, now);
  requireXCredentials(ctx.request.headers, filters.platforms);

  const history = ctx.state
    .postsOf(ctx.profile)
    .map((record, index) => ({ record, index }))
    .filter(({ record }) => matches(record, filters))
    // Newest first; posts created in the same millisecond come in reverse order of creation.
    .sort((a, b) => b.record.data.created - a.record.data.created || b.index - a.index)
    .slice(0, filters.limit)
    .map(({ record }) => historyItem(record, ctx.profile));

  return reply({
    history,
    refId: ctx.profile.refId,
    count: history.length,
    lastUpdated: new Date(now).toISOString(),
    nextUpdate: new Date(now + MINUTE).toISOString(),
  });
}

interface HistoryFilters {
  status: PostStatus | null;
  /**
   * Inclusive window on the post's publish date: "Returns the last n days of posts by the publish
   * date (scheduleDate if a scheduled post)" (Ayrshare's get-history page, §4.7).
   */
  from: number;
  to: number;
  limit: number;
  type: 'now' | 'scheduled' | null;
  platforms: Platform[];
  autoRepostId: string | null;
}

function parseFilters(query: ApiContext['request']['query'], now: number): HistoryFilters {
  const status = queryValue(query, 'status');
  if (status !== undefined && !STATUSES.includes(status as PostStatus)) {
    throw badParameters('history', `"status" must be one of ${STATUSES.join(', ')}.`);
  }

  // `lastRecords` is the legacy name of `limit` (§4.7 ⚠).
  const limitText = queryValue(query, 'limit') ?? queryValue(query, 'lastRecords');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1) throw badParameters('history', '"limit" must be a positive integer (max 1000).');

  const startDate = parseDateParam(queryValue(query, 'startDate'), 'startDate');
  const endDate = parseDateParam(queryValue(query, 'endDate'), 'endDate');
  const lastDaysText = queryValue(query, 'lastDays');
  const lastDays = lastDaysText === undefined ? DEFAULT_LAST_DAYS : Number(lastDaysText);
  if (!Number.isFinite(lastDays) || lastDays < 0) throw badParameters('history', '"lastDays" must be 0 (all time) or a positive number.');

  const type = queryValue(query, 'type');
  if (type !== undefined && !['immediate', 'now', 'scheduled'].includes(type)) {
    throw badParameters('history', '"type" must be "immediate" or "scheduled".');
  }

  const platforms = queryList(query, ['platforms', 'platform']);
  const unknown = platforms.find((p) => !isPlatform(p));
  if (unknown !== undefined) throw badParameters('history', `Invalid platform "${unknown.slice(0, 40)}". Valid platforms: ${PLATFORMS.join(', ')}.`);

  // lastDays is ignored when startDate and endDate are both given (§4.7); a single date narrows
  // the lastDays window. lastDays=0 means all time.
  const since = lastDays === 0 ? -Infinity : now - lastDays * DAY;
  const bothDates = startDate !== undefined && endDate !== undefined;
  return {
    status: (status as PostStatus | undefined) ?? null,
    from: bothDates ? startDate : Math.max(startDate ?? -Infinity, since),
    to: endDate ?? Infinity,
    limit: Math.min(limit, MAX_LIMIT),
    type: type === undefined ? null : type === 'scheduled' ? 'scheduled' : 'now',
    platforms: platforms as Platform[],
    autoRepostId: queryValue(query, 'autoRepostId') ?? null,
  };
}

function parseDateParam(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  // A bare date is a whole day: as an end date it includes that day (the window is inclusive).
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const ms = Date.parse(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(ms)) throw badParameters('history', `"${name}" must be an ISO-8601 date, e.g. "2026-07-01T00:00:00Z".`);
  return dateOnly && name === 'endDate' ? ms + DAY - 1 : ms;
}

function matches(record: PostRecord, f: HistoryFilters): boolean {
  const { data } = record;
  // Deleted posts appear only when asked for (§4.7).
  if (f.status === null ? data.status === 'deleted' : data.status !== f.status) return false;
  const publishDate = record.draft.scheduleDate?.ms ?? data.created;
  if (publishDate < f.from || publishDate > f.to) return false;
  if (f.type !== null && data.type !== f.type) return false;
  if (f.platforms.length > 0 && !data.platforms.some((p) => f.platforms.includes(p))) return false;
  if (f.autoRepostId !== null && (f.autoRepostId === 'all' ? data.autoRepostId === null : data.autoRepostId !== f.autoRepostId)) return false;
  return true;
}

/** `/history/:id` is one Ayrshare post, or with a network name the posts on that network. */
export function getHistoryEntry(ctx: ApiContext): ApiReply {
  const id = ctx.params.id!;
  if (isPlatform(id)) return networkPosts(ctx, id);
  const record = ctx.state.findPost(ctx.profile, id);
  if (!record) throw postNotFound('history', id);
  requireXCredentials(ctx.request.headers, record.data.platforms);
  return reply(postView(record, ctx.profile));
}

function networkPosts(ctx: ApiContext, platform: Platform): ApiReply {
  requireXCredentials(ctx.request.headers, [platform]);
  const now = ctx.clock.now();
  const limitText = queryValue(ctx.request.query, 'limit');
  const limit = limitText === undefined ? DEFAULT_LIMIT : Math.min(Math.max(1, Number(limitText) || DEFAULT_LIMIT), MAX_LIMIT);
  const posts = ctx.state
    .postsOf(ctx.profile)
    .filter((r) => r.data.status !== 'deleted')
    .flatMap((r) => r.data.postIds
      .filter((p) => p.platform === platform && p.status === 'success' && p.id !== 'pending' && !p.deleted)
      .map((p) => ({ id: p.id, post: r.data.post, postUrl: p.postUrl, created: new Date(r.data.publishedAt ?? r.data.created).toISOString(), mediaUrls: r.data.mediaUrls })))
    .reverse()
    .slice(0, limit);
  return reply({
    status: 'success',
    posts,
    lastUpdated: new Date(now).toISOString(),
    nextUpdate: new Date(now + 10 * MINUTE).toISOString(),
  });
}
