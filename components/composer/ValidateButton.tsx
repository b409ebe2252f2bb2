import { useSignal } from '@preact/signals';
import { failureOf, type Failure } from '@/utils/ayrshare/failure';
import type { Composer } from '@/utils/composer/model';
import { validateWithAyrshare } from '@/utils/composer/validate';
import { t } from '@/utils/i18n';
import { FailureText } from '../common/FailureText';

/** Asks Ayrshare to check the post without publishing it, and says what it found. */
export function ValidateButton({ model }: { model: Composer }) {
  const state = useSignal<{ busy?: boolean; warnings?: string[]; failure?: Failure }>({});
  async function check() {
    state.value = { busy: true };
    try {
      const profileId = model.profileIds.value[0]!;
      state.value = { warnings: await validateWithAyrshare(model.state.value, profileId, model.sendable.value) };
    } catch (error) {
      state.value = { failure: failureOf(error) };
    }
  }
  const { busy, warnings, failure } = state.value;
  return (
    <div class="field">
      <button type="button" onClick={() => void check()} disabled={busy || model.sendable.value.length === 0}>
        {t('validateButton')}
      </button>
      <div role="status" class={failure ? 'error' : 'hint'}>
        {busy && t('validateBusy')}
        {warnings && warnings.length === 0 && t('validateClean')}
        {warnings && warnings.length > 0 && (
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
        {failure && <FailureText failure={failure} />}
      </div>
    </div>
  );
}
