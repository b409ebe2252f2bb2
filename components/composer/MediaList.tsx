import { t } from '@/utils/i18n';

interface Props {
  media: readonly string[];
  videos: readonly string[];
  alts: Readonly<Record<string, string>>;
  onDescribe(url: string, alt: string): void;
  onRemove(url: string): void;
  onMove(url: string, by: -1 | 1): void;
  onMarkVideo(url: string, on: boolean): void;
}

export function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/** The images and videos that go with the post, in posting order: describe, remove, reorder, mark as video. */
export function MediaList({ media, videos, alts, onDescribe, onRemove, onMove, onMarkVideo }: Props) {
  if (media.length === 0) return null;
  return (
    <ol class="media" aria-label={t('mediaLabel')}>
      {media.map((url, index) => {
        const name = fileName(url);
        return (
          <li key={url}>
            <img src={url} alt={name} referrerpolicy="no-referrer" loading="lazy" />
            <div class="media-actions">
              <button type="button" class="icon" disabled={index === 0} onClick={() => onMove(url, -1)} aria-label={t('mediaEarlier', name)}>
                ←
              </button>
              <button
                type="button"
                class="icon"
                disabled={index === media.length - 1}
                onClick={() => onMove(url, 1)}
                aria-label={t('mediaLater', name)}
              >
                →
              </button>
              <button type="button" class="icon" onClick={() => onRemove(url)} aria-label={t('mediaRemove', name)}>
                ×
              </button>
            </div>
            <input
              type="text"
              class="media-alt"
              value={alts[url] ?? ''}
              placeholder={t('mediaAltPlaceholder')}
              aria-label={t('mediaAlt', name)}
              onInput={(e) => onDescribe(url, e.currentTarget.value)}
            />
            <label class="media-video">
              <input type="checkbox" checked={videos.includes(url)} onChange={(e) => onMarkVideo(url, e.currentTarget.checked)} />
              <span>{t('mediaIsVideo')}</span>
              <span class="visually-hidden">{name}</span>
            </label>
          </li>
        );
      })}
    </ol>
  );
}
