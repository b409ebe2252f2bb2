/**
 * How long each per-profile cache is trusted before Ayrshare is asked again (see
 * profile-cache.ts). No zod here: the composer decides after its first paint whether anything is
 * due at all, before it loads the code that asks.
 */

/** Posting schedules change when the user changes them (the options page writes them at once). */
export const SCHEDULES_FRESH_MS = 60 * 60_000;
/** The media library grows with uploads made elsewhere. */
export const LIBRARY_FRESH_MS = 10 * 60_000;
/** Follower counts move slowly: asked once a day. */
export const REACH_FRESH_MS = 24 * 60 * 60_000;
/** A plan changes rarely: its refusal stands a day in the background. */
export const REFUSAL_FRESH_MS = 24 * 60 * 60_000;

/**
 * Whether a profile's snapshot is recent enough to stand without asking again; a plan's refusal
 * stands at least `refusedForMs` (what the user opens on purpose asks sooner).
 */
export function isFresh(snapshot: { fetchedAt: number; failure?: unknown } | undefined, maxAgeMs: number, now: number, refusedForMs = REFUSAL_FRESH_MS): boolean {
  const age = snapshot?.failure ? Math.max(maxAgeMs, refusedForMs) : maxAgeMs;
  return snapshot !== undefined && now - snapshot.fetchedAt < age && now >= snapshot.fetchedAt;
}
