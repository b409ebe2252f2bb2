// The Ayrshare account a seed describes: its API keys, plan, Primary Profile and User Profiles.
import { DAY } from './clock.ts';
import { PLATFORMS } from './platforms.ts';
import type { Platform } from './platforms.ts';
import { socialAccount, stableRefId } from './social-ids.ts';
import type { SocialAccount } from './social-ids.ts';
import type { Plan, ProfileSeed, SandboxSeed, SeededPending, SeededRejection } from './types.ts';

export interface Profile {
  /** `null` for the Primary Profile. */
  readonly key: string | null;
  readonly title: string;
  readonly refId: string;
  readonly linked: readonly Platform[];
  readonly rejects: Partial<Record<Platform, SeededRejection>>;
  readonly pending: Partial<Record<Platform, SeededPending>>;
  /** Set by the seed, or by Ayrshare's auto-suspension after 1,000 rate-limit hits in 24 h (§5.3). */
  suspended: boolean;
  readonly created: number;
  readonly accounts: ReadonlyMap<Platform, SocialAccount>;
  /** How many attempts each seeded rejection has answered, for `times`. */
  readonly rejectionsUsed: Map<Platform, number>;
}

const PLAN_RANK: Record<Plan, number> = { basic: 0, premium: 1, business: 2 };

export function planAllows(plan: Plan, required: Plan): boolean {
  return PLAN_RANK[plan] >= PLAN_RANK[required];
}

/** Fixed creation dates keep `GET /user` and `GET /profiles` output stable across runs. */
const ACCOUNT_CREATED = Date.UTC(2025, 0, 15, 9, 30);

export const DEFAULT_RATE_LIMIT_MAX = 250;

export class Account {
  readonly plan: Plan;
  readonly apiKeys: ReadonlySet<string>;
  readonly rateLimitMax: number;
  readonly primary: Profile;
  readonly userProfiles: ReadonlyMap<string, Profile>;

  constructor(seed: SandboxSeed) {
    this.plan = seed.plan ?? 'business';
    this.apiKeys = new Set(seed.apiKeys);
    this.rateLimitMax = seed.rateLimitMax ?? DEFAULT_RATE_LIMIT_MAX;
    this.primary = buildProfile(seed.primary, null, ACCOUNT_CREATED);
    this.userProfiles = new Map(
      (seed.profiles ?? []).map((p, i) => [p.profileKey, buildProfile(p, p.profileKey, ACCOUNT_CREATED + (i + 1) * 7 * DAY)]),
    );
  }

  profile(key: string | null): Profile | undefined {
    return key === null ? this.primary : this.userProfiles.get(key);
  }

  isProfileKey(value: string): boolean {
    return this.userProfiles.has(value);
  }
}

function buildProfile(seed: ProfileSeed, key: string | null, created: number): Profile {
  const createdIso = new Date(created).toISOString();
  // Canonical order, so activeSocialAccounts reads the same however the seed lists networks.
  const linked = PLATFORMS.filter((p) => seed.linked.includes(p));
  return {
    key,
    title: seed.title,
    refId: seed.refId ?? stableRefId(seed.title),
    linked,
    rejects: seed.rejects ?? {},
    pending: seed.pending ?? {},
    suspended: seed.suspended === true,
    created,
    accounts: new Map(linked.map((p) => [p, socialAccount(seed.title, p, createdIso, seed.accounts?.[p])])),
    rejectionsUsed: new Map(),
  };
}
