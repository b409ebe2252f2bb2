import { t } from '@/utils/i18n';

interface Props {
  id: string;
  label: string;
  value: string;
  /** The saved value, masked ("••••abcd"), or "" when none is saved. */
  savedHint: string;
  onInput(value: string): void;
  onRemove(): void;
}

/**
 * A masked field for a key. The saved key never comes back to the page: the field starts empty,
 * says that a key is saved and how it ends, and a blank field keeps it.
 */
export function SecretField({ id, label, value, savedHint, onInput, onRemove }: Props) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="secret-row">
        <input
          id={id}
          type="password"
          autocomplete="off"
          spellcheck={false}
          value={value}
          placeholder={savedHint ? t('secretSavedPlaceholder', savedHint) : ''}
          aria-describedby={`${id}-hint`}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
        {savedHint && (
          <button type="button" onClick={onRemove} aria-label={t('secretRemove', label)}>
            {t('remove')}
          </button>
        )}
      </div>
      <p id={`${id}-hint`} class="hint">
        {savedHint ? t('secretSavedHint', savedHint) : t('secretNotSet')}
      </p>
    </div>
  );
}
