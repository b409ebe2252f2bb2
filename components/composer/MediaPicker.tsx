import { useSignal } from '@preact/signals';
import { failureOf, type Failure } from '@/utils/ayrshare/failure';
import { describeFailure } from '@/utils/ayrshare/describe';
import type { Composer } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { kindOf, rememberUpload } from '@/utils/media/library';
import { pageImages, screenshotOf } from '@/utils/media/sources';
import { blobOfDataUrl, uploadMedia } from '@/utils/media/upload';
import { checkMediaUrl } from '@/utils/media/url-check';
import type { PageImage } from '@/utils/media/page-images';
import { publicHttpsUrl } from '@/utils/urls';
import { lazy } from '../common/lazy';
import { FailureText } from '../common/FailureText';
import './panel-styles';

const LibraryTab = lazy(() => import('./LibraryTab').then((m) => m.LibraryTab));

interface Upload {
  name: string;
  /** 0–1, or undefined while the size of the work is not known. */
  progress?: number;
}

const VIDEO_FILE = /\.(mp4|mov|avi|webm|m4v)$/i;
type Tab = 'new' | 'library';
const TABS: readonly Tab[] = ['new', 'library'];

/** The tabs' names, moving between them with the arrow keys as a tab list does. */
function TabList({ tab, onChange }: { tab: Tab; onChange(tab: Tab): void }) {
  const onKeyDown = (event: KeyboardEvent & { currentTarget: HTMLDivElement }) => {
    const by = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!by) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + by + TABS.length) % TABS.length]!;
    onChange(next);
    event.currentTarget.querySelector<HTMLButtonElement>(`#media-tab-${next}`)?.focus();
  };
  return (
    <div class="tabs" role="tablist" aria-label={t('mediaAdd')} onKeyDown={onKeyDown}>
      {TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`media-tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`media-panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onChange(name)}
        >
          {name === 'new' ? t('mediaNew') : t('mediaLibrary')}
        </button>
      ))}
    </div>
  );
}

/**
 * Adds media: an image of the shared page (its Open Graph image first), a screenshot of it, files
 * from the computer (uploaded, and in the library from then on), an address on the web (checked
 * first: Ayrshare must be able to fetch it), or files already in the library.
 */
export function MediaPicker({ model }: { model: Composer }) {
  const { tabId } = model;
  const tab = useSignal<Tab>('new');
  const images = useSignal<PageImage[] | undefined>(undefined);
  const uploads = useSignal<Upload[]>([]);
  const failure = useSignal<Failure | undefined>(undefined);
  const said = useSignal<string | undefined>(undefined);
  const address = useSignal('');
  const checking = useSignal(false);
  const profileId = model.draft.value.profileIds[0]!;

  async function upload(file: Blob, name: string) {
    const entry: Upload = { name };
    uploads.value = [...uploads.value, entry];
    const progress = (fraction: number) => (uploads.value = uploads.value.map((u) => (u === entry ? Object.assign(entry, { progress: fraction }) : u)));
    try {
      const url = await uploadMedia(file, name, profileId, progress);
      const video = VIDEO_FILE.test(name) || file.type.startsWith('video/');
      await model.media.add([url], video);
      await rememberUpload(profileId, { url, name, kind: video ? 'video' : kindOf(name, url), size: file.size, createdAt: Date.now() });
    } catch (error) {
      failure.value = failureOf(error);
    } finally {
      uploads.value = uploads.value.filter((u) => u !== entry);
    }
  }

  async function act(work: () => Promise<void>) {
    failure.value = undefined;
    said.value = undefined;
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

  /** An address typed in: added only once Ayrshare says it can fetch it (POST /media/urlExists). */
  async function addAddress() {
    const url = publicHttpsUrl(address.value);
    if (!url) {
      failure.value = { kind: 'badMediaUrl' };
      return;
    }
    checking.value = true;
    try {
      const checked = await checkMediaUrl(profileId, url, model.apiHost);
      if ('reachable' in checked && !checked.reachable) {
        failure.value = checked.failure;
        return;
      }
      // A plan without the check: added all the same, and said so (Ayrshare checks it when posting).
      if ('unchecked' in checked) said.value = describeFailure(checked.unchecked);
      await model.media.add([url], kindOf('', url) === 'video');
      address.value = '';
    } finally {
      checking.value = false;
    }
  }

  return (
    <div class="media-picker" role="group" aria-label={t('mediaAdd')}>
      <TabList tab={tab.value} onChange={(next) => (tab.value = next)} />
      <div id="media-panel-new" role="tabpanel" aria-labelledby="media-tab-new" hidden={tab.value !== 'new'} class="media-panel">
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
        <div class="media-address">
          <label for="media-address">{t('mediaUrlLabel')}</label>
          <input
            id="media-address"
            type="url"
            spellcheck={false}
            placeholder="https://"
            value={address.value}
            onInput={(event) => (address.value = event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              void act(addAddress);
            }}
          />
          <button type="button" disabled={checking.value || !address.value.trim()} onClick={() => void act(addAddress)}>
            {t('mediaUrlAdd')}
          </button>
        </div>
        {checking.value && <p role="status">{t('mediaUrlChecking')}</p>}
        {images.value &&
          (images.value.length === 0 ? (
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
          ))}
      </div>
      <div id="media-panel-library" role="tabpanel" aria-labelledby="media-tab-library" hidden={tab.value !== 'library'} class="media-panel">
        {tab.value === 'library' && <LibraryTab model={model} profileId={profileId} />}
      </div>
      {uploads.value.map((u) => (
        <p key={u.name} class="upload" role="status">
          <label>
            {t('mediaUploading', u.name)} <progress max={1} value={u.progress} />
          </label>
        </p>
      ))}
      {said.value && (
        <p class="hint" role="status">
          {said.value}
        </p>
      )}
      {failure.value && (
        <p class="error" role="alert">
          <FailureText failure={failure.value} />
        </p>
      )}
    </div>
  );
}
