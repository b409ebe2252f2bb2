import type { Composer } from '@/utils/composer/model';
import { FEATURE_LIMITS } from '@/utils/composer/features';
import { t } from '@/utils/i18n';
import { ValidateButton } from './ValidateButton';
import './panel-styles';

function NumberField({ id, label, value, min, max, onChange }: { id: string; label: string; value: number; min: number; max?: number; onChange(n: number): void }) {
  return (
    <span class="inline-field">
      <label for={id}>{label}</label>
      <input id={id} type="number" inputMode="numeric" min={min} max={max} value={value} onInput={(e) => onChange(e.currentTarget.valueAsNumber)} />
    </span>
  );
}

/** Approval, notes, link shortening, hashtags, first comment, evergreen reposts, Unsplash. */
export function FeaturesPanel({ model }: { model: Composer }) {
  const f = model.draft.value.features;
  const set = model.setFeatures;
  return (
    <div class="features">
      <label class="check">
        <input type="checkbox" checked={f.requiresApproval} onChange={(e) => set({ requiresApproval: e.currentTarget.checked })} />
        {t('requiresApprovalLabel')}
      </label>
      <div class="field">
        <label for="post-notes">{t('notesLabel')}</label>
        <textarea id="post-notes" rows={2} maxLength={FEATURE_LIMITS.notes} value={f.notes} onInput={(e) => set({ notes: e.currentTarget.value })} aria-describedby="post-notes-hint" />
        <p id="post-notes-hint" class="hint">
          {t('notesHint')}
        </p>
      </div>
      <label class="check">
        <input type="checkbox" checked={f.shortenLinks} onChange={(e) => set({ shortenLinks: e.currentTarget.checked })} />
        {t('shortenLinksLabel')}
      </label>
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={f.autoHashtag} onChange={(e) => set({ autoHashtag: e.currentTarget.checked })} />
          {t('autoHashtagLabel')}
        </label>
        {f.autoHashtag && (
          <div class="row">
            <NumberField id="hashtag-max" label={t('hashtagMaxLabel')} value={f.hashtagMax} min={FEATURE_LIMITS.hashtagMax.min} max={FEATURE_LIMITS.hashtagMax.max} onChange={(n) => set({ hashtagMax: n })} />
            <span class="inline-field">
              <label for="hashtag-position">{t('hashtagPositionLabel')}</label>
              <select id="hashtag-position" value={f.hashtagPosition} onChange={(e) => set({ hashtagPosition: e.currentTarget.value as 'auto' | 'end' })}>
                <option value="auto">{t('hashtagPositionAuto')}</option>
                <option value="end">{t('hashtagPositionEnd')}</option>
              </select>
            </span>
          </div>
        )}
      </div>
      <div class="field">
        <label for="first-comment">{t('firstCommentLabel')}</label>
        <textarea id="first-comment" rows={2} maxLength={FEATURE_LIMITS.firstComment} value={f.firstComment} onInput={(e) => set({ firstComment: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label class="check">
          <input type="checkbox" checked={f.autoRepost} onChange={(e) => set({ autoRepost: e.currentTarget.checked })} />
          {t('autoRepostLabel')}
        </label>
        {f.autoRepost && (
          <div class="row">
            <NumberField id="repost-times" label={t('repostTimesLabel')} value={f.repostTimes} min={FEATURE_LIMITS.repostTimes.min} max={FEATURE_LIMITS.repostTimes.max} onChange={(n) => set({ repostTimes: n })} />
            <NumberField id="repost-days" label={t('repostDaysLabel')} value={f.repostEveryDays} min={FEATURE_LIMITS.repostEveryDays.min} onChange={(n) => set({ repostEveryDays: n })} />
          </div>
        )}
      </div>
      <div class="field">
        <label for="unsplash">{t('unsplashLabel')}</label>
        <input id="unsplash" type="text" maxLength={FEATURE_LIMITS.unsplash} value={f.unsplash} placeholder={t('unsplashPlaceholder')} onInput={(e) => set({ unsplash: e.currentTarget.value })} />
      </div>
      <ValidateButton model={model} />
    </div>
  );
}
