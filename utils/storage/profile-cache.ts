import * as z from 'zod/mini';
import { Failure } from '../ayrshare/failure';

/**
 * What Ayrshare said about one profile (its schedules, its media library, its accounts' followers)
 * and when; or, instead, why it would not say for a while (its plan lacks the feature). The pages
 * show it at once and ask again in the background when it is older than the feature allows.
 */
export function profileSnapshot<S extends z.ZodMiniType>(value: S) {
  return z.object({ profileId: z.string(), fetchedAt: z.number(), value: z.optional(value), failure: z.optional(Failure) });
}

export interface ProfileSnapshot<T> {
  profileId: string;
  fetchedAt: number;
  value?: T;
  failure?: Failure;
}

/** The cache with this profile's snapshot in place of its older one. */
export function withProfileSnapshot<T, S extends ProfileSnapshot<T>>(cache: readonly S[], snapshot: S): S[] {
  return [...cache.filter((s) => s.profileId !== snapshot.profileId), snapshot];
}
