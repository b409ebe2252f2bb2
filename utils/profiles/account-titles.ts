import { ask } from '../ayrshare/ask';
import { PRIMARY_PROFILE_ID } from '../storage/settings';

/**
 * The titles of the account's User Profiles (GET /profiles, Business plan), to help match a
 * pasted Profile Key to its profile. Ayrshare never returns the keys themselves. An empty list
 * when the plan does not allow it: this is help, not a requirement.
 */
export async function accountProfileTitles(): Promise<string[]> {
  try {
    return (await ask(PRIMARY_PROFILE_ID, 'profiles', {})).profiles.map((p) => p.title);
  } catch {
    return [];
  }
}
