import type { RefObject } from 'preact';
import { applyFormat } from '@/utils/composer/text-format';
import { t } from '@/utils/i18n';

/**
 * Bold and Italic for the text box: they wrap the selection in <b> or <i>, which Ayrshare turns
 * into Unicode styles. (Ctrl/Cmd+B and Ctrl/Cmd+I do the same from the keyboard; see text-format.ts.)
 */
export function TextToolbar({ textarea, onChange }: { textarea: RefObject<HTMLTextAreaElement | null>; onChange(text: string): void }) {
  const apply = (tag: 'b' | 'i') => textarea.current && applyFormat(textarea.current, tag, onChange);
  return (
    <div class="toolbar" role="toolbar" aria-label={t('formattingLabel')} aria-controls="post-text">
      <button type="button" onClick={() => apply('b')} aria-label={t('boldLabel')} title={t('boldLabel')}>
        <b>B</b>
      </button>
      <button type="button" onClick={() => apply('i')} aria-label={t('italicLabel')} title={t('italicLabel')}>
        <i>I</i>
      </button>
    </div>
  );
}

