import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '@/utils/i18n';
import type { SettingsView } from '@/utils/messaging/protocol';
import { GUIDE_STEPS, stepDone, type GuideProgress, type GuideStep } from '@/utils/settings/first-run';

/** Where Ayrshare's dashboard shows the API key (its docs: "the API Key page"). */
const AYRSHARE_API_KEY_PAGE = 'https://app.ayrshare.com/api-key';

const TITLES: Record<GuideStep, MessageKey> = {
  key: 'guideStepKey',
  paste: 'guideStepPaste',
  test: 'guideStepTest',
  pin: 'guideStepPin',
  share: 'guideStepShare',
};

function body(step: GuideStep): ComponentChildren {
  switch (step) {
    case 'key':
      return (
        <>
          <p>{t('guideStepKeyBody')}</p>
          <a href={AYRSHARE_API_KEY_PAGE} target="_blank" rel="noreferrer">
            {t('guideStepKeyLink')}
          </a>
        </>
      );
    case 'paste':
      return (
        <>
          <p>{t('guideStepPasteBody', [t('apiKeyLabel'), t('save')])}</p>
          <button type="button" class="link" onClick={() => document.getElementById('api-key')?.focus()}>
            {t('guideStepPasteGo')}
          </button>
        </>
      );
    case 'test':
      return <p>{t('guideStepTestBody', t('testConnection'))}</p>;
    case 'pin':
      // Each browser hides new toolbar buttons behind its own Extensions menu.
      return <p>{import.meta.env.FIREFOX ? t('guideStepPinFirefox') : t('guideStepPinChrome')}</p>;
    case 'share':
      return <p>{t('guideStepShareBody', t('menuSharePage'))}</p>;
  }
}

/**
 * What a new user sees first on the options page: five steps from install to a first post, each
 * ticked once the page can tell it is done, above the form they fill in.
 */
export function FirstRunGuide({ view, progress, onClose }: { view: SettingsView; progress: GuideProgress; onClose(): void }) {
  const finished = progress === 'done';
  return (
    <section class="card guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading">{t('guideTitle')}</h2>
      <p class="hint">{t('guideIntro')}</p>
      <ol class="guide-steps">
        {GUIDE_STEPS.map((step) => {
          const done = stepDone(step, { progress, apiKeyHint: view.apiKeyHint });
          return (
            <li key={step} class={done ? 'done' : undefined} aria-labelledby={`guide-${step}`}>
              <h3 id={`guide-${step}`}>{t(TITLES[step])}</h3>
              {done && <p class="guide-done">{t('guideStepDone')}</p>}
              {body(step)}
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={onClose}>
        {finished ? t('guideClose') : t('guideSkip')}
      </button>
    </section>
  );
}
