// Who is calling (ayrshare-api.md §2): the Bearer API key picks the account, the Profile-Key
// header picks a User Profile. The older docs' `profileKey` body field (§2.3) is in no current doc:
// it is ignored like any unknown field. Error messages never repeat a key: they travel in logs and
// screenshots.
import type { Account, Profile } from './account.ts';
import { planAllows } from './account.ts';
import { ERROR_CODES, apiError } from './errors.ts';

export function authenticate(account: Account, headers: Record<string, string>): Profile {
  const authorization = headers.authorization ?? '';
  const token = /^Bearer\s+(.+)$/i.exec(authorization.trim())?.[1]?.trim();
  if (!token) {
    throw apiError(401, 'authorization', ERROR_CODES.invalidApiKey,
      'API Key missing. Send it as "Authorization: Bearer API_KEY"; find it on the API Key page of the Ayrshare dashboard.');
  }
  if (!account.apiKeys.has(token)) {
    if (account.isProfileKey(token)) {
      throw apiError(401, 'authorization', ERROR_CODES.invalidApiKey,
        'A Profile Key was sent as the API Key. Send the account API Key in Authorization and the Profile Key in the Profile-Key header.');
    }
    throw apiError(401, 'authorization', ERROR_CODES.invalidApiKey, 'API Key not valid. Verify the key on the API Key page of the Ayrshare dashboard.');
  }

  const profileKey = headers['profile-key']?.trim();
  if (!profileKey) return checkSuspended(account.primary);
  if (!planAllows(account.plan, 'business')) {
    throw apiError(403, 'authorization', ERROR_CODES.planRequired, 'User Profiles (Profile-Key) require a Business plan.');
  }
  const profile = account.profile(profileKey);
  if (!profile) {
    throw apiError(403, 'authorization', ERROR_CODES.profileKeyNotFound,
      'Profile Key not found. Check the Profile-Key header: it must be the key returned when the User Profile was created.');
  }
  return checkSuspended(profile);
}

function checkSuspended(profile: Profile): Profile {
  if (profile.suspended) {
    throw apiError(403, 'authorization', ERROR_CODES.profileSuspended,
      'This User Profile is suspended. Reactivate it in the Ayrshare dashboard (Manage User Profiles).');
  }
  return profile;
}
