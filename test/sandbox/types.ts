// The sandbox's public shapes: what a seed looks like, what tests read back, how faults are queued.
import type { Platform } from './platforms.ts';

export type { Platform } from './platforms.ts';

export type Plan = 'basic' | 'premium' | 'business';

/** A network's answer to every post, seeded to rehearse failures (ayrshare-api.md §3, §5.2). */
export interface SeededRejection {
  code: number;
  message: string;
  /** Reject only this many attempts (retries count), then succeed. Unset = reject forever. */
  times?: number;
  /** Whether Ayrshare would mark the failure retryable; defaults to `true` when `times` is set. */
  retryAvailable?: boolean;
}

/** An async network (TikTok, §6.3): its postIds entry stays `id: "pending"` until the clock passes `afterMs`. */
export interface SeededPending {
  afterMs: number;
  outcome: 'success' | { code: number; message: string };
}

/** How a linked network account looks in `GET /user` `displayNames[]`; every field defaults from the profile title. */
export interface SocialAccountSeed {
  displayName?: string;
  username?: string;
  id?: string;
  profileUrl?: string;
  userImage?: string;
}

export interface ProfileSeed {
  title: string;
  refId?: string;
  /** The profile's `activeSocialAccounts`. */
  linked: Platform[];
  rejects?: Partial<Record<Platform, SeededRejection>>;
  pending?: Partial<Record<Platform, SeededPending>>;
  /** Every call with this profile answers 403 (§5.1). */
  suspended?: boolean;
  accounts?: Partial<Record<Platform, SocialAccountSeed>>;
}

/**
 * Where Ayrshare's docs disagree or are silent, the sandbox answers the documented or likeliest
 * way by default, and the pessimistic way when the seed says so (README: "Pessimistic readings").
 */
export interface PessimisticReadings {
  /** GET /post/:id answers an array holding the post (one doc version) instead of the post itself. */
  getPostAsArray?: boolean;
  /** A used idempotency key is refused with a generic error (code 101) that names no post. */
  duplicateKeyWithoutId?: boolean;
  /** Two copies with the same key arriving together are both accepted: two posts. */
  concurrentDuplicates?: boolean;
  /**
   * A slow post (held by a `delay` fault of 10 seconds or more, or `afterMs`) is made, then
   * answered with a 500, as a gateway that gave up on it would.
   */
  slowPostAnswers500?: boolean | { afterMs: number };
  /**
   * `POST /auto-schedule/set` without `daysOfWeek` keeps the schedule to Sunday and Saturday (the
   * set page's "default: [0,6]" read literally) instead of every day.
   */
  weekendByDefault?: boolean;
  /**
   * `GET /auto-schedule/list` answers `schedules` as an array of `{title, …}` (the page's text,
   * "returns an array of schedules") without `excludeDates`, instead of an object keyed by title
   * (the page's example).
   */
  scheduleListAsArray?: boolean;
  /** `POST /post` with `autoSchedule` answers without the `scheduleDate` it chose (undocumented). */
  autoScheduleWithoutDate?: boolean;
  /** `POST /media/urlExists` answers an unreachable URL with HTTP 400 instead of 200 (both carry the documented error body). */
  urlExistsErrorAs400?: boolean;
  /** `POST /analytics/social` puts each network's numbers at its top level instead of under `analytics`. */
  socialAnalyticsFlat?: boolean;
}
export type PessimisticReading = keyof PessimisticReadings;

export interface SandboxSeed {
  /** Accepted Bearer tokens (API keys of the account). */
  apiKeys: string[];
  /** `true` for every pessimistic reading, or the ones wanted; none by default. */
  pessimistic?: boolean | PessimisticReadings;
  /** Gates endpoints per ayrshare-api.md §8; default `business`. */
  plan?: Plan;
  /** Requests per profile per 5-minute window before a 429 (§5.3); default 250. */
  rateLimitMax?: number;
  /** The Primary Profile, used when no Profile-Key is sent. */
  primary: ProfileSeed;
  /** User Profiles, selected by the Profile-Key header. */
  profiles?: Array<ProfileSeed & { profileKey: string }>;
}

export type FaultKind = 'hold' | 'delay' | 'status' | 'rateLimit' | 'drop' | 'dropAfterAccept' | 'malformed' | 'truncated';

export interface Fault {
  method?: string;
  /** Exact path under /api (e.g. `/post`), or a prefix ending in `*` (e.g. `/post*`). Unset = any path. */
  path?: string;
  /** How many matching requests this fault hits; default 1. */
  times?: number;
  kind: FaultKind;
  ms?: number;
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  /** Relative to `/api` (`/post`, `/post/abc`); other paths (`/_uploads/…`) as received. */
  path: string;
  query: Record<string, string | string[]>;
  /** Lowercased names. */
  headers: Record<string, string>;
  /** Parsed JSON, the raw text, a multipart summary, or `{ contentType, size }` for binary bodies. */
  body: unknown;
  /** Sandbox clock (ms since epoch). */
  receivedAt: number;
  /** Whether the sandbox acted on the request (false for `drop`, `status`, `rateLimit`, `malformed` faults). */
  processed: boolean;
  fault?: FaultKind;
  /** HTTP status answered, when an answer was sent. */
  status?: number;
}

export type PostStatus = 'success' | 'error' | 'pending' | 'awaiting approval' | 'paused' | 'deleted' | 'processing';

/** One `postIds[]` entry (§4.2); fields beyond the first four depend on the network. */
export interface NetworkPostResult {
  status: 'success' | 'error';
  /** The network's own id: a number on Telegram, as in the docs' POST /post example (`"id": 635`, §4.2). */
  id: string | number;
  postUrl?: string;
  platform: Platform;
  cid?: string;
  type?: string;
  usedQuota?: number;
  idShare?: string;
  isVideo?: boolean;
  /** Removed from the network by DELETE /post while another network of the post could not be. */
  deleted?: boolean;
}

/** One `errors[]` entry (§3). */
export interface NetworkError {
  action: string;
  status: 'error';
  code: number;
  message: string;
  platform: Platform;
  post?: string;
  retryAvailable?: boolean;
}

export interface StoredPost {
  id: string;
  /** `null` = the Primary Profile. */
  profileKey: string | null;
  status: PostStatus;
  type: 'now' | 'scheduled';
  post: string;
  platforms: Platform[];
  mediaUrls: string[];
  /** UTC ISO-8601, as the client sent it (normalised to whole seconds). */
  scheduleDate: string | null;
  requiresApproval: boolean;
  approved: boolean;
  notes: string | null;
  idempotencyKey: string | null;
  /** Everything the client sent, options included, minus profile keys. */
  body: Record<string, unknown>;
  postIds: NetworkPostResult[];
  errors: NetworkError[];
  /** Sandbox clock, ms. */
  created: number;
  publishedAt: number | null;
  retried: boolean;
  autoRepostId: string | null;
}

export interface Sandbox {
  /** `http://127.0.0.1:PORT` */
  readonly origin: string;
  /** `http://127.0.0.1:PORT/api`: the extension's "API base URL". */
  readonly baseUrl: string;
  /** Every request except CORS preflights and `/_sandbox` controls, in order. */
  readonly requests: RecordedRequest[];
  /** `path` without `/api`, e.g. `/post`. */
  requestsTo(method: string, path: string): RecordedRequest[];
  /** Posts of one profile (`null`/`undefined` = primary), oldest first. */
  posts(profileKey?: string | null): StoredPost[];
  fault(f: Fault): void;
  /** Lets every request held by a `hold` fault go on to its answer. */
  release(): void;
  clearFaults(): void;
  /** Forget posts, requests, faults, media, comments, schedules and rate-limit windows; optionally reseed. */
  reset(seed?: SandboxSeed): void;
  /** Move the sandbox clock forward; due scheduled posts publish and pending networks complete. */
  advanceClock(ms: number): void;
  /** The sandbox clock, ms since epoch. */
  now(): number;
  close(): Promise<void>;
}

export interface SandboxOptions {
  port?: number;
  host?: string;
  seed?: SandboxSeed;
  now?: () => number;
}
