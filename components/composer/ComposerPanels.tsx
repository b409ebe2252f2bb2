import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { featuresOn } from '@/utils/composer/draft';
import type { Composer } from '@/utils/composer/model';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { lazy } from '../common/lazy';

// Each panel's controls load the first time it is opened.
const NetworkOptions = lazy(() => import('./NetworkOptions').then((m) => m.NetworkOptions));
const FeaturesPanel = lazy(() => import('./FeaturesPanel').then((m) => m.FeaturesPanel));
const Preview = lazy(() => import('./Preview').then((m) => m.Preview));

/** "More options · approval, 1 comment": a closed panel says what is set inside it. */
function summaryOf(name: string, set: readonly string[]): string {
  return set.length ? t('panelSummarySet', [name, set.join(', ')]) : name;
}

/**
 * A panel that starts closed and renders its content once opened. Escape closes it and puts the
 * focus back on its name.
 */
function Disclosure({ summary, children }: { summary: string; children: () => ComponentChildren }) {
  const opened = useSignal(false);
  return (
    <details
      class="disclosure"
      onToggle={(event) => (opened.value ||= (event.currentTarget as HTMLDetailsElement).open)}
      onKeyDown={(event) => {
        const details = event.currentTarget as HTMLDetailsElement;
        if (event.key !== 'Escape' || !details.open) return;
        event.preventDefault();
        event.stopPropagation();
        details.open = false;
        details.querySelector('summary')?.focus();
      }}
    >
      <summary>{summary}</summary>
      {opened.value && children()}
    </details>
  );
}

/**
 * Beneath the networks, closed until wanted: each network's options, the post features (approval,
 * notes, links, hashtags, first comment, evergreen, Unsplash, Ayrshare's check, Discard draft)
 * and the preview. A new draft starts with them all closed.
 */
export function ComposerPanels({ model }: { model: Composer }) {
  const { options, features } = model.draft.value;
  const withOptions = model.selected.value.filter((p) => Object.keys(options[p] ?? {}).length > 0);
  const on = featuresOn(features).map((name) => t(`featureOn_${name}`));
  return (
    <div class="panels">
      {model.selected.value.length > 0 && (
        <Disclosure summary={summaryOf(t('networkOptions'), withOptions.map(networkName))}>{() => <NetworkOptions model={model} />}</Disclosure>
      )}
      <Disclosure summary={summaryOf(t('moreOptions'), on)}>
        {() => (
          <>
            <FeaturesPanel model={model} />
            <button type="button" class="link discard" onClick={() => void model.discard()}>
              {t('discardDraft')}
            </button>
          </>
        )}
      </Disclosure>
      <Disclosure summary={t('previewLabel')}>{() => <Preview text={model.draft.value.text} />}</Disclosure>
    </div>
  );
}
