import * as z from 'zod/mini';
import { apiCall } from '../messaging/protocol';
import { send } from '../messaging/send';
import { PRIMARY_PROFILE_ID } from '../storage/settings';

const ProfilesResponse = z.object({ profiles: z.array(z.object({ title: z.string() })) });

/**
 * The titles of the account's User Profiles (GET /profiles, Business plan), to help match a
 * pasted Profile Key to its profile. Ayrshare never returns the keys themselves. An empty list
 * when the plan does not allow it: this is help, not a requirement.
 */
export async function accountProfileTitles(): Promise<string[]> {
  try {
    const reply = z.safeParse(ProfilesResponse, await send(apiCall, { profileId: PRIMARY_PROFILE_ID, method: 'get', path: 'profiles' }));
    return reply.success ? reply.data.profiles.map((p) => p.title) : [];
  } catch {
    return [];
  }
}
