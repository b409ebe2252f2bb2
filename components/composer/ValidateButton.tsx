import type { Composer } from '@/utils/composer/model';
import { validateWithAyrshare } from '@/utils/composer/validate';
import { t } from '@/utils/i18n';
import { useAction } from '../common/use-action';

/** Asks Ayrshare to check the post without publishing it, and says what it found. */
export function ValidateButton({ model }: { model: Composer }) {
  const check = useAction<string[]>();
  const warnings = check.busy ? undefined : check.value;
  return (
    <div class="field">
      <button
        type="button"
        onClick={() => void check.run(() => validateWithAyrshare(model.draft.value, model.draft.value.profileIds[0]!, model.sendable.value))}
        disabled={check.busy || model.sendable.value.length === 0}
      >
        {t('validateButton')}
      </button>
      <div role="status" class={check.error ? 'error' : 'hint'}>
        {check.busy && t('validateBusy')}
        {warnings && warnings.length === 0 && t('validateClean')}
        {warnings && warnings.length > 0 && (
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        {check.error}
      </div>
    </div>
  );
}
