import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { describeFailure } from '@/utils/ayrshare/describe';
import { failureOf, type Failure } from '@/utils/ayrshare/failure';
import type { Composer } from '@/utils/composer/model';
import { formatBytes, formatDate } from '@/utils/format';
import { t } from '@/utils/i18n';
import { refreshLibrary, searchLibrary } from '@/utils/media/library';
import { libraryCache, type LibraryItem } from '@/utils/storage/media-library';
import { isFresh, LIBRARY_FRESH_MS } from '@/utils/storage/freshness';

/**
 * The files already on Ayrshare (GET /media): uploads from here or elsewhere, with a thumbnail,
 * name, size, type and date. Searchable; several can be chosen and added to the post by their
 * address, without uploading them again. Shown from the cache at once, then as Ayrshare lists them.
 */
export function LibraryTab({ model, profileId }: { model: Composer; profileId: string }) {
  const items = useSignal<LibraryItem[] | undefined>(undefined);
  const failure = useSignal<Failure | undefined>(undefined);
  const loading = useSignal(true);
  const query = useSignal('');
  const picked = useSignal<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let gone = false;
    void (async () => {
      const cached = (await libraryCache.get()).find((s) => s.profileId === profileId);
      if (gone) return;
      items.value = cached?.value;
      failure.value = cached?.failure;
      // Opened on purpose: a plan's refusal is asked again too (the plan may have changed).
      if (isFresh(cached, LIBRARY_FRESH_MS, Date.now(), LIBRARY_FRESH_MS)) {
        loading.value = false;
        return;
      }
      try {
        const fresh = await refreshLibrary(profileId);
        if (gone) return;
        items.value = fresh.value;
        failure.value = fresh.failure;
      } catch (error) {
        if (!gone) failure.value = failureOf(error);
      } finally {
        if (!gone) loading.value = false;
      }
    })();
    return () => {
      gone = true;
    };
  }, [profileId]);

  const inPost = model.draft.value.media;
  const shown = searchLibrary(items.value ?? [], query.value);
  const toggle = (url: string, on: boolean) => {
    const next = new Set(picked.value);
    if (on) next.add(url);
    else next.delete(url);
    picked.value = next;
  };
  async function addPicked() {
    const chosen = (items.value ?? []).filter((item) => picked.value.has(item.url));
    const videos = chosen.filter((item) => item.kind === 'video').map((item) => item.url);
    const others = chosen.filter((item) => item.kind !== 'video').map((item) => item.url);
    if (others.length) await model.media.add(others);
    if (videos.length) await model.media.add(videos, true);
    picked.value = new Set();
  }

  return (
    <div class="library-tab">
      <input type="search" class="library-search" aria-label={t('librarySearch')} placeholder={t('librarySearch')} value={query.value} onInput={(e) => (query.value = e.currentTarget.value)} />
      {loading.value && !items.value && <p role="status">{t('libraryLoading')}</p>}
      {failure.value && (
        <p class={items.value ? 'hint' : 'notice'} role={failure.value.kind === 'libraryNeedsPlan' ? 'status' : 'alert'}>
          {describeFailure(failure.value)}
        </p>
      )}
      {items.value && items.value.length === 0 && <p class="hint">{t('libraryEmpty')}</p>}
      {items.value && items.value.length > 0 && shown.length === 0 && <p class="hint">{t('libraryNoMatch')}</p>}
      {shown.length > 0 && (
        <ul class="library" aria-label={t('mediaLibrary')}>
          {shown.map((item) => {
            const added = inPost.includes(item.url);
            return (
              <li key={item.url}>
                <label class="library-item">
                  <input type="checkbox" checked={added || picked.value.has(item.url)} disabled={added} onChange={(e) => toggle(item.url, e.currentTarget.checked)} />
                  {item.kind === 'image' ? (
                    <img src={item.url} alt="" loading="lazy" referrerpolicy="no-referrer" onError={(e) => (e.currentTarget.hidden = true)} />
                  ) : (
                    <span class="library-glyph" aria-hidden="true">
                      {item.kind === 'video' ? '▶' : '▤'}
                    </span>
                  )}
                  <span class="library-name">{item.name}</span>
                  <span class="library-meta">
                    {[item.size !== undefined && formatBytes(item.size), t(`libraryKind_${item.kind}`), item.createdAt !== undefined && formatDate(item.createdAt), added && t('libraryInPost')]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {(items.value?.length ?? 0) > 0 && (
        <button type="button" disabled={picked.value.size === 0} onClick={() => void addPicked()}>
          {t('libraryAdd')}
        </button>
      )}
    </div>
  );
}
