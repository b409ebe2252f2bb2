// The default account the demo and most tests run against, and the checks a seed file goes through.
import { PLATFORMS, isPlatform } from './platforms.ts';
import type { PessimisticReading, ProfileSeed, SandboxSeed } from './types.ts';

export const DEMO_API_KEY = 'sandbox-demo-key';

export const PESSIMISTIC_READINGS: readonly PessimisticReading[] = [
  'getPostAsArray',
  'duplicateKeyWithoutId',
  'concurrentDuplicates',
  'slowPostAnswers500',
  'weekendByDefault',
  'scheduleListAsArray',
  'autoScheduleWithoutDate',
  'urlExistsErrorAs400',
  'socialAnalyticsFlat',
];

/** The pessimistic readings a seed turns on. */
export function pessimisticReadings(seed: SandboxSeed): ReadonlySet<PessimisticReading> {
  const { pessimistic } = seed;
  if (pessimistic === true) return new Set(PESSIMISTIC_READINGS);
  if (!pessimistic) return new Set();
  return new Set(PESSIMISTIC_READINGS.filter((name) => Boolean(pessimistic[name])));
}

/** A post held at least this long is "slow" (pessimistic reading slowPostAnswers500). */
export const SLOW_POST_MS = 10_000;

export function slowPostMs(seed: SandboxSeed): number {
  const reading = typeof seed.pessimistic === 'object' ? seed.pessimistic.slowPostAnswers500 : undefined;
  return typeof reading === 'object' ? reading.afterMs : SLOW_POST_MS;
}

/** TikTok finishes processing "1–2 min later" (§4.2); 90 s keeps the pending state visible in the demo. */
const TIKTOK_PROCESSING = { afterMs: 90_000, outcome: 'success' } as const;

export const DEFAULT_SEED: SandboxSeed = {
  apiKeys: [DEMO_API_KEY],
  plan: 'business',
  primary: {
    title: 'Sandbox Primary',
    refId: 'a1d6c3a9b2e04f7c8d5e6f708192a3b4c5d6e7f8',
    linked: [...PLATFORMS],
    pending: { tiktok: TIKTOK_PROCESSING },
    accounts: {
      twitter: { displayName: 'Sandbox Primary', username: 'sharebeam_demo' },
      bluesky: { displayName: 'Sandbox Primary', username: 'sharebeam-demo.bsky.social' },
      facebook: { displayName: 'Sandbox Primary Page' },
      gmb: { displayName: 'Sandbox Primary – Main Street' },
      instagram: { username: 'sharebeam.demo' },
      linkedin: { displayName: 'Sandbox Primary Inc.', username: 'sandbox-primary' },
      reddit: { username: 'sharebeam_demo' },
      telegram: { displayName: 'Sandbox Primary Channel', username: 'sharebeam_demo' },
      threads: { username: 'sharebeam.demo' },
      tiktok: { username: 'sharebeam.demo' },
      youtube: { displayName: 'Sandbox Primary TV', username: '@SharebeamDemo' },
    },
  },
  profiles: [
    {
      profileKey: 'sandbox-profile-acme',
      title: 'Acme Coffee',
      refId: 'b7e2f1c0d9a84b3e9f6a5c4d3e2f1a0b9c8d7e6f',
      linked: ['facebook', 'instagram', 'twitter', 'linkedin', 'gmb'],
      accounts: {
        gmb: { displayName: 'Acme Coffee – Roastery & Café' },
        instagram: { username: 'acme.coffee' },
        twitter: { username: 'acmecoffee' },
      },
    },
    {
      profileKey: 'sandbox-profile-globex',
      title: 'Globex Studio',
      refId: 'c3f9a8b7e6d54c2b1a0f9e8d7c6b5a4f3e2d1c0b',
      linked: ['bluesky', 'pinterest', 'reddit', 'threads', 'tiktok', 'youtube', 'telegram', 'snapchat'],
      pending: { tiktok: TIKTOK_PROCESSING },
      accounts: {
        tiktok: { username: 'globex.studio' },
        youtube: { displayName: 'Globex Studio', username: '@GlobexStudio' },
      },
    },
  ],
};

/** Checks a seed read from JSON so a typo fails at start-up with a message, not mid-test. */
export function parseSeed(value: unknown, source = 'seed'): SandboxSeed {
  const fail = (what: string): never => {
    throw new Error(`Invalid sandbox ${source}: ${what}`);
  };
  if (!isRecord(value)) fail('expected a JSON object');
  const seed = value as Record<string, unknown>;
  if (!Array.isArray(seed.apiKeys) || seed.apiKeys.length === 0 || !seed.apiKeys.every((k) => typeof k === 'string' && k !== '')) {
    fail('"apiKeys" must be a non-empty array of strings');
  }
  if (seed.plan !== undefined && !['basic', 'premium', 'business'].includes(seed.plan as string)) {
    fail('"plan" must be "basic", "premium" or "business"');
  }
  if (seed.rateLimitMax !== undefined && !(Number.isInteger(seed.rateLimitMax) && (seed.rateLimitMax as number) > 0)) {
    fail('"rateLimitMax" must be a positive integer');
  }
  if (seed.pessimistic !== undefined && typeof seed.pessimistic !== 'boolean') {
    if (!isRecord(seed.pessimistic)) fail('"pessimistic" must be true, false, or an object of readings');
    for (const [name, on] of Object.entries(seed.pessimistic as Record<string, unknown>)) {
      if (!(PESSIMISTIC_READINGS as readonly string[]).includes(name)) fail(`"pessimistic" has unknown reading ${JSON.stringify(name)}; use ${PESSIMISTIC_READINGS.join(', ')}`);
      const slowAfter = name === 'slowPostAnswers500' && isRecord(on) && typeof on.afterMs === 'number' && on.afterMs >= 0;
      if (typeof on !== 'boolean' && !slowAfter) fail(`"pessimistic.${name}" must be a boolean`);
    }
  }
  checkProfile(seed.primary, 'primary', fail);
  if (seed.profiles !== undefined) {
    if (!Array.isArray(seed.profiles)) fail('"profiles" must be an array');
    const keys = new Set<string>();
    (seed.profiles as unknown[]).forEach((profile, i) => {
      checkProfile(profile, `profiles[${i}]`, fail);
      const key: unknown = (profile as ProfileSeed & { profileKey?: unknown }).profileKey;
      if (typeof key !== 'string' || key === '') fail(`profiles[${i}].profileKey must be a non-empty string`);
      if (keys.has(key as string)) fail(`profiles[${i}].profileKey is used twice`);
      if ((seed.apiKeys as string[]).includes(key as string)) fail(`profiles[${i}].profileKey equals an API key`);
      keys.add(key as string);
    });
  }
  return value as SandboxSeed;
}

function checkProfile(value: unknown, where: string, fail: (what: string) => never): asserts value is ProfileSeed {
  if (!isRecord(value)) fail(`${where} must be an object`);
  const profile = value as Record<string, unknown>;
  if (typeof profile.title !== 'string' || profile.title === '') fail(`${where}.title must be a non-empty string`);
  if (!Array.isArray(profile.linked)) fail(`${where}.linked must be an array of network names`);
  for (const name of profile.linked as unknown[]) {
    if (!isPlatform(name)) fail(`${where}.linked has unknown network ${JSON.stringify(name)}; use one of ${PLATFORMS.join(', ')}`);
  }
  for (const field of ['rejects', 'pending', 'accounts'] as const) {
    const perNetwork = profile[field];
    if (perNetwork === undefined) continue;
    if (!isRecord(perNetwork)) fail(`${where}.${field} must be an object keyed by network`);
    for (const [name, entry] of Object.entries(perNetwork as Record<string, unknown>)) {
      if (!isPlatform(name)) fail(`${where}.${field} has unknown network ${JSON.stringify(name)}`);
      if (!isRecord(entry)) fail(`${where}.${field}.${name} must be an object`);
      const e = entry as Record<string, unknown>;
      if (field === 'rejects' && (typeof e.code !== 'number' || typeof e.message !== 'string')) {
        fail(`${where}.rejects.${name} needs a numeric "code" and a string "message"`);
      }
      if (field === 'pending') {
        const outcome = e.outcome;
        const validOutcome = outcome === 'success' || (isRecord(outcome) && typeof outcome.code === 'number' && typeof outcome.message === 'string');
        if (typeof e.afterMs !== 'number' || e.afterMs < 0 || !validOutcome) {
          fail(`${where}.pending.${name} needs "afterMs" ≥ 0 and "outcome" = "success" or {code, message}`);
        }
      }
    }
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

