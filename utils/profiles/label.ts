import { t } from '../i18n';
import { PRIMARY_PROFILE_ID } from '../storage/defaults';
import type { Profile } from '../storage/settings';

/** How a profile is named in the UI: the primary profile by its role, user profiles by their name. */
export function profileLabel(profile: Pick<Profile, 'id' | 'name'>): string {
  return profile.id === PRIMARY_PROFILE_ID ? t('primaryProfile') : profile.name;
}
