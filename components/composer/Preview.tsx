import { toUnicode } from '@/utils/composer/rich-text';
import { t } from '@/utils/i18n';
import './panel-styles';

/** Exactly what will be posted: the text with its bold and italic turned into Unicode styles. */
export function Preview({ text }: { text: string }) {
  return (
    <div class="preview" role="region" aria-label={t('previewLabel')}>
      <p class="preview-text">{toUnicode(text.trim()) || t('previewEmpty')}</p>
    </div>
  );
}
