import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { storedValue } from './stored-value';

export const LinkedNetwork = z.object({
  platform: Platform,
  displayName: z.optional(z.string()),
  username: z.optional(z.string()),
  /** The account's picture: a public https address only (it is loaded as an image). */
  userImage: z.optional(z.string()),
});
export type LinkedNetwork = z.infer<typeof LinkedNetwork>;

/** What GET /user said about one profile, and when: the popup renders from it before any request. */
export const AccountSnapshot = z.object({
  profileId: z.string(),
  networks: z.array(LinkedNetwork),
  title: z.optional(z.string()),
  fetchedAt: z.number(),
});
export type AccountSnapshot = z.infer<typeof AccountSnapshot>;

/** One snapshot per profile. Written by the pages that fetch it; holds no secret. */
export const accountCache = storedValue('account', z.array(AccountSnapshot), []);

export function withSnapshot(cache: readonly AccountSnapshot[], snapshot: AccountSnapshot): AccountSnapshot[] {
  return [...cache.filter((s) => s.profileId !== snapshot.profileId), snapshot];
}
