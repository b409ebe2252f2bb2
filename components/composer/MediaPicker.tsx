import { useSignal } from '@preact/signals';
import { failureOf, type Failure } from '@/utils/ayrshare/failure';
import type { Composer } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { pageImages, screenshotOf } from '@/utils/media/sources';
import { blobOfDataUrl, uploadMedia } from '@/utils/media/upload';
import type { PageImage } from '@/utils/media/page-images';
import { publicHttpsUrl } from '@/utils/urls';
import { FailureText } from '../common/FailureText';
import './panel-styles';

interface Upload {
  name: string;
  /** 0–1, or undefined while the size of the work is not known. */
  progress?: number;
}

const VIDEO_FILE = /\.(mp4|mov|avi|webm|m4v)$/i;

/**
 * Adds media: an image of the shared page (its Open Graph image first), a screenshot of it, or
 * files from the computer. Anything that is not already a public https address is uploaded.
 */
export function MediaPicker({ model }: { model: Composer }) {
  const { tabId } = model;
  const images = useSignal<PageImage[] | undefined>(undefined);
  const uploads = useSignal<Upload[]>([]);
  const failure = useSignal<Failure | undefined>(undefined);
  const profileId = model.draft.value.profileIds[0]!;

  async function upload(file: Blob, name: string) {
    const entry: Upload = { name };
    uploads.value = [...uploads.value, entry];
    const progress = (fraction: number) => (uploads.value = uploads.value.map((u) => (u === entry ? Object.assign(entry, { progress: fraction }) : u)));
    try {
      const url = await uploadMedia(file, name, profileId, progress);
      await model.media.add([url], VIDEO_FILE.test(name) || file.type.startsWith('video/'));
    } catch (error) {
      failure.value = failureOf(error);
    } finally {
      uploads.value = uploads.value.filter((u) => u !== entry);
    }
  }

  async function act(work: () => Promise<void>) {
    failure.value = undefined;
    try {
      await work();
    } catch (error) {
      failure.value = failureOf(error);
    }
  }

  async function addPageImage(image: PageImage) {
    const url = publicHttpsUrl(image.url);
    if (url) await model.media.add([url]);
    else await upload(await blobOfDataUrl(image.url), 'page-image.png');
  }

  return (
    <div class="media-picker" role="group" aria-label={t('mediaAdd')}>
      <div class="row">
        {tabId !== undefined && (
          <>
            <button type="button" onClick={() => void act(async () => void (images.value = await pageImages(tabId)))}>
              {t('mediaPageImages')}
            </button>
            <button type="button" onClick={() => void act(async () => upload(await blobOfDataUrl(await screenshotOf(tabId)), 'screenshot.png'))}>
              {t('mediaScreenshot')}
            </button>
          </>
        )}
        <label class="button">
          {t('mediaFiles')}
          <input
            type="file"
            class="visually-hidden"
            multiple
            accept="image/*,video/*"
            onChange={(event) => {
              for (const file of event.currentTarget.files ?? []) void upload(file, file.name);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </div>
      {images.value && (
        images.value.length === 0 ? (
          <p class="hint">{t('mediaNoPageImages')}</p>
        ) : (
          <ul class="page-images" aria-label={t('mediaPageImages')}>
            {images.value.map((image, index) => (
              <li key={image.url}>
                <button type="button" onClick={() => void act(() => addPageImage(image))} aria-label={t('mediaAddImage', index + 1)}>
                  <img src={image.url} alt="" referrerpolicy="no-referrer" />
                </button>
              </li>
            ))}
          </ul>
        )
      )}
      {uploads.value.map((u) => (
        <p key={u.name} class="upload" role="status">
          <label>
            {t('mediaUploading', u.name)}{' '}
            <progress max={1} value={u.progress} />
          </label>
        </p>
      ))}
      {failure.value && (
        <p class="error" role="alert">
          <FailureText failure={failure.value} />
        </p>
      )}
    </div>
  );
}
