import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { discardDraft } from '@/utils/composer/discard';
import { mediaEdits } from '@/utils/composer/media-edits';
import type { Composer } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { lazy } from '../common/lazy';
import { MediaList } from './MediaList';
import { NetworkOptions } from './NetworkOptions';
import { ScheduleField } from './ScheduleField';

const FeaturesPanel = lazy(() => import('./FeaturesPanel').then((m) => m.FeaturesPanel));
const MediaPicker = lazy(() => import('./MediaPicker').then((m) => m.MediaPicker));
const Preview = lazy(() => import('./Preview').then((m) => m.Preview));

/** A disclosure whose content loads the first time it is opened. */
function Disclosure({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const opened = useSignal(false);
  return (
    <details class="disclosure" onToggle={(event) => (opened.value ||= (event.currentTarget as HTMLDetailsElement).open)}>
      <summary>{summary}</summary>
      {opened.value && children()}
    </details>
  );
}

/** The media of the post, and adding more: from the page, a screenshot or files. */
export function ComposerMedia({ model, canAdd }: { model: Composer; canAdd: boolean }) {
  const adding = useSignal(false);
  const edits = mediaEdits(model);
  return (
    <>
      <MediaList
        media={model.media.value}
        videos={model.videos.value}
        alts={model.alts.value}
        onDescribe={edits.describe}
        onRemove={edits.remove}
        onMove={edits.move}
        onMarkVideo={edits.markVideo}
      />
      {canAdd && (
        <button type="button" class="link" aria-expanded={adding.value} onClick={() => (adding.value = !adding.value)}>
          {t('mediaAdd')}
        </button>
      )}
      {adding.value && <MediaPicker model={model} tabId={model.tabId} />}
    </>
  );
}

/** Below the networks: their options, the schedule, the post features and the preview. */
export function ComposerPanels({ model }: { model: Composer }) {
  return (
    <>
      <NetworkOptions model={model} />
      <ScheduleField value={model.scheduleAt.value} onChange={model.setSchedule} />
      <Disclosure summary={t('moreOptions')}>{() => <FeaturesPanel model={model} />}</Disclosure>
      <Disclosure summary={t('previewLabel')}>{() => <Preview text={model.text.value} />}</Disclosure>
      <button type="button" class="link discard" onClick={() => discardDraft(model)}>
        {t('discardDraft')}
      </button>
    </>
  );
}
