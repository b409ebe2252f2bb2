import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { profileSnapshot } from './profile-cache';
import { storedValue } from './stored-value';

export const Followers = z.object({ platform: Platform, followers: z.number() });
export type Followers = z.infer<typeof Followers>;

/** The follower count of each linked account of a profile (POST /analytics/social), for the network grid. */
export const ReachSnapshot = profileSnapshot(z.array(Followers));
export type ReachSnapshot = z.infer<typeof ReachSnapshot>;

/** Read with the composer's start-up values, so the counts show at once; asked again once a day. */
export const reachCache = storedValue('reach', z.array(ReachSnapshot), []);
