import type { Composer } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { profileLabel } from '@/utils/profiles/label';
import { FailureText } from '../common/FailureText';

/** Why networks are missing: a profile that could not be read, or none linked yet. */
export function AccountStatus({ model }: { model: Composer }) {
  const ids = model.draft.value.profileIds;
  const errors = Object.entries(model.accountErrors.value).filter(([id]) => ids.includes(id));
  const nameOf = (id: string) => {
    const profile = model.profiles.value.find((p) => p.id === id);
    return profile ? profileLabel(profile) : id;
  };
  if (errors.length > 0) {
    return (
      <div class="notice error" role="alert">
        {errors.map(([id, failure]) => (
          <p key={id}>
            {ids.length > 1 && `${nameOf(id)}: `}
            <FailureText failure={failure} />
          </p>
        ))}
        <button type="button" onClick={() => void model.refreshAccounts()}>
          {t('retry')}
        </button>
      </div>
    );
  }
  if (!model.accountsKnown.value && model.offered.value.length === 0) return <p role="status">{t('networksLoading')}</p>;
  if (model.accountsKnown.value && model.offered.value.length === 0) return <p class="notice">{t('networksNoneLinked')}</p>;
  return null;
}
