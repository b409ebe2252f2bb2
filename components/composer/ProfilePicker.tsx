import { t } from '@/utils/i18n';
import { profileLabel } from '@/utils/profiles/label';
import type { Profile } from '@/utils/storage/settings';

interface Props {
  profiles: readonly Profile[];
  selected: readonly string[];
  onChange(ids: string[]): void;
}

/**
 * Which profiles the post goes to, when there are several: a native multiple select, so it works
 * with the keyboard (Shift/Ctrl with the arrows) and with every screen reader.
 */
export function ProfilePicker({ profiles, selected, onChange }: Props) {
  if (profiles.length < 2) return null;
  return (
    <div class="field profiles">
      <label for="profile">{t('profileLabel')}</label>
      <select
        id="profile"
        multiple
        size={Math.min(profiles.length, 3)}
        aria-describedby="profile-hint"
        onChange={(event) => onChange([...event.currentTarget.selectedOptions].map((o) => o.value))}
      >
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id} selected={selected.includes(profile.id)}>
            {profileLabel(profile)}
          </option>
        ))}
      </select>
      <p id="profile-hint" class="visually-hidden">
        {t('profilePickerHint')}
      </p>
    </div>
  );
}
