// Everything the sandbox remembers between requests; `reset()` replaces it wholesale.
import { Account } from './account.ts';
import type { Profile } from './account.ts';
import type { ScheduleRecord } from './auto-schedule.ts';
import type { Platform } from './platforms.ts';
import { pessimisticReadings, slowPostMs } from './seed.ts';
import type { PessimisticReading, SandboxSeed, SeededPending, StoredPost } from './types.ts';
import type { PostDraft } from './validation/post-request.ts';

/** A network that answered `id: "pending"` and settles when the clock reaches `dueAt`. */
export interface PendingNetwork {
  platform: Platform;
  dueAt: number;
  outcome: SeededPending['outcome'];
}

export interface PostRecord {
  /** What GET /post, /history and `sandbox.posts()` expose. */
  data: StoredPost;
  /** The parsed request, kept to publish scheduled posts and retries later. */
  draft: PostDraft;
  pendingNetworks: PendingNetwork[];
  retryDueAt: number | null;
}

export interface MediaRecord {
  id: string;
  profileKey: string | null;
  url: string;
  fileName: string;
  description: string | null;
  contentType: string;
  size: number;
  timeCreated: number;
  expiresAt: number;
}

/** A presigned upload URL handed out by GET /media/uploadUrl (§4.9): single use, 30 minutes. */
export interface UploadSlot {
  token: string;
  profileKey: string | null;
  fileName: string;
  contentType: string;
  accessUrl: string;
  expiresAt: number;
  used: boolean;
}

export interface CommentRecord {
  /** Ayrshare Comment ID. */
  id: string;
  postId: string;
  profileKey: string | null;
  platform: Platform;
  /** The network's own comment id. */
  commentId: string;
  comment: string;
  mediaUrls: string[];
  created: number;
  deleted: boolean;
}

export class SandboxState {
  readonly account: Account;
  readonly posts: PostRecord[] = [];
  readonly media: MediaRecord[] = [];
  readonly uploads = new Map<string, UploadSlot>();
  readonly comments: CommentRecord[] = [];
  /** Auto-schedules by profile key ("" for the Primary Profile), then by title. */
  readonly schedules = new Map<string, Map<string, ScheduleRecord>>();
  /** `${profile}:${idempotencyKey}` → Ayrshare Post ID; keys are unique per profile (§4.2). */
  readonly idempotencyKeys = new Map<string, string>();
  /** Keys of POST /post requests that arrived and are not answered yet (see server.ts). */
  readonly keysInFlight = new Map<string, number>();
  readonly pessimistic: ReadonlySet<PessimisticReading>;
  /** How long a post must be held to count as slow (slowPostAnswers500). */
  readonly slowPostMs: number;

  constructor(seed: SandboxSeed) {
    this.account = new Account(seed);
    this.pessimistic = pessimisticReadings(seed);
    this.slowPostMs = slowPostMs(seed);
  }

  postsOf(profile: Profile | string | null): PostRecord[] {
    const key = typeof profile === 'object' && profile !== null ? profile.key : profile;
    return this.posts.filter((r) => r.data.profileKey === key);
  }

  findPost(profile: Profile, id: unknown): PostRecord | undefined {
    return typeof id === 'string' ? this.posts.find((r) => r.data.id === id && r.data.profileKey === profile.key) : undefined;
  }

  /** A profile's auto-schedules by title (created empty on first use). */
  schedulesOf(profile: Profile): Map<string, ScheduleRecord> {
    const key = profile.key ?? '';
    let schedules = this.schedules.get(key);
    if (!schedules) this.schedules.set(key, (schedules = new Map()));
    return schedules;
  }

  idempotencyKey(profile: Profile | string | null, key: string): string {
    const profileKey = typeof profile === 'object' && profile !== null ? profile.key : profile;
    return `${profileKey ?? ''}\u0000${key}`;
  }
}
