import { useSignal } from '@preact/signals';
import type { Composer } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { lazy } from '../common/lazy';
import { MediaList } from './MediaList';

const MediaPicker = lazy(() => import('./MediaPicker').then((m) => m.MediaPicker));

/** The media of the post, and adding more: from the page, a screenshot or files. */
export function ComposerMedia({ model }: { model: Composer }) {
  const adding = useSignal(false);
  const { media, videos, alts } = model.draft.value;
  return (
    <>
      <MediaList
        media={media}
        videos={videos}
        alts={alts}
        onDescribe={model.media.describe}
        onRemove={model.media.remove}
        onMove={model.media.move}
        onMarkVideo={model.media.markVideo}
      />
      {model.apiKeySet.value && (
        <button type="button" class="link add-media" aria-expanded={adding.value} onClick={() => (adding.value = !adding.value)}>
          {t('mediaAdd')}
        </button>
      )}
      {adding.value && <MediaPicker model={model} />}
    </>
  );
}
