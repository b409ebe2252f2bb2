import { t } from '@/utils/i18n';

interface Props {
  media: readonly string[];
  onRemove(url: string): void;
}

function fileName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
}

/** The images and videos that go with the post, each removable. */
export function MediaList({ media, onRemove }: Props) {
  if (media.length === 0) return null;
  return (
    <ul class="media" aria-label={t('mediaLabel')}>
      {media.map((url) => (
        <li key={url}>
          <img src={url} alt={fileName(url)} referrerpolicy="no-referrer" loading="lazy" />
          <button type="button" class="icon" onClick={() => onRemove(url)} aria-label={t('mediaRemove', fileName(url))}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
