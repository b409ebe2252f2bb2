import type { Platform } from '@/utils/ayrshare/platforms';
import type { Composer } from '@/utils/composer/model';
import { t, type MessageKey } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import type { NetworkOptionValues } from '@/utils/networks/types';
import './panel-styles';

type Values = Record<string, unknown>;

/** One control of a network's panel; `path` is where its value lives in the network's option values. */
type Field =
  | { kind: 'text' | 'url'; path: string[]; label: MessageKey; required?: boolean; when?: (v: Values) => boolean }
  | { kind: 'check'; path: string[]; label: MessageKey; when?: (v: Values) => boolean }
  | { kind: 'select'; path: string[]; label: MessageKey; choices: Array<[string, MessageKey]>; when?: (v: Values) => boolean }
  | { kind: 'tags'; path: string[]; label: MessageKey };

const text = (key: string, label: MessageKey, required = false): Field => ({ kind: 'text', path: [key], label, required });
const check = (key: string, label: MessageKey, when?: (v: Values) => boolean): Field => ({ kind: 'check', path: [key], label, when });
const visibility = (choices: string[]): Field => ({
  kind: 'select',
  path: ['visibility'],
  label: 'optionVisibility',
  choices: [['', 'optionDefault'], ...choices.map((c): [string, MessageKey] => [c, `optionVisibility_${c}` as MessageKey])],
});

/** The panels, per network, for the options of ayrshare-api.md §6.3 a person sets in a popup. */
const PANELS: Partial<Record<Platform, Field[]>> = {
  reddit: [text('title', 'optionTitle', true), text('subreddit', 'optionSubreddit', true), { kind: 'url', path: ['link'], label: 'optionLink' }],
  youtube: [
    text('title', 'optionTitle', true),
    visibility(['private', 'unlisted', 'public']),
    check('shorts', 'optionShorts'),
    check('madeForKids', 'optionMadeForKids'),
    { kind: 'tags', path: ['tags'], label: 'optionTags' },
  ],
  pinterest: [text('title', 'optionTitle'), text('boardId', 'optionBoard'), { kind: 'url', path: ['link'], label: 'optionPinLink' }],
  instagram: [
    {
      kind: 'select',
      path: ['placement'],
      label: 'optionPlacement',
      choices: [['post', 'optionPlacement_post'], ['reel', 'optionPlacement_reel'], ['story', 'optionPlacement_story']],
    },
    check('shareReelsFeed', 'optionShareReelsFeed', (v) => v.placement === 'reel'),
    check('disableComments', 'optionDisableComments'),
  ],
  tiktok: [
    visibility(['public', 'followers', 'private']),
    check('disableComments', 'optionDisableComments'),
    check('disableDuet', 'optionDisableDuet'),
    check('disableStitch', 'optionDisableStitch'),
    check('autoAddMusic', 'optionAutoAddMusic'),
    check('isAIGenerated', 'optionAIGenerated'),
    check('isBrandedContent', 'optionBrandedContent'),
    check('isBrandOrganic', 'optionBrandOrganic'),
  ],
  gmb: [
    {
      kind: 'select',
      path: ['callToAction', 'actionType'],
      label: 'optionCallToAction',
      choices: [['', 'optionCta_none'], ...(['book', 'order', 'shop', 'learn_more', 'sign_up', 'call'] as const).map((c): [string, MessageKey] => [c, `optionCta_${c}`])],
    },
    { kind: 'url', path: ['callToAction', 'url'], label: 'optionButtonLink', when: (v) => Boolean((v.callToAction as Values | undefined)?.actionType) && (v.callToAction as Values).actionType !== 'call' },
  ],
  linkedin: [check('disableComments', 'optionDisableComments')],
  facebook: [check('reels', 'optionReels'), { kind: 'text', path: ['title'], label: 'optionReelTitle', when: (v) => v.reels === true }],
  twitter: [check('longPost', 'optionLongPost')],
  snapchat: [
    {
      kind: 'select',
      path: ['placement'],
      label: 'optionPlacement',
      choices: [['story', 'optionPlacement_story'], ['savedStory', 'optionPlacement_savedStory'], ['spotlight', 'optionPlacement_spotlight']],
    },
  ],
};

export function hasOptions(platform: Platform): boolean {
  return Boolean(PANELS[platform]);
}

function read(values: Values, path: string[]): unknown {
  return path.reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Values)[key] : undefined), values);
}

/** Sets a value at `path`; an empty value removes the key (and an emptied parent with it). */
function write(values: Values, path: string[], value: unknown): Values {
  const [key, ...rest] = path;
  if (!key) return values;
  const next = rest.length ? write((values[key] as Values | undefined) ?? {}, rest, value) : value;
  const { [key]: _old, ...others } = values;
  const empty = next === '' || next === undefined || next === false || (typeof next === 'object' && next !== null && !Array.isArray(next) && Object.keys(next).length === 0);
  // Choosing "no button" for a call-to-action drops the whole object, link included.
  if (path.join('.') === 'callToAction.actionType' && next === '') return others;
  return empty ? others : { ...others, [key]: next };
}

function Control({ id, field, values, onChange }: { id: string; field: Field; values: Values; onChange(v: Values): void }) {
  const value = read(values, field.path);
  const set = (v: unknown) => onChange(write(values, field.path, v));
  switch (field.kind) {
    case 'check':
      return (
        <label class="check">
          <input type="checkbox" checked={value === true} onChange={(e) => set(e.currentTarget.checked)} />
          {t(field.label)}
        </label>
      );
    case 'select':
      return (
        <span class="inline-field">
          <label for={id}>{t(field.label)}</label>
          <select id={id} value={String(value ?? field.choices[0]![0])} onChange={(e) => set(e.currentTarget.value)}>
            {field.choices.map(([choice, label]) => (
              <option key={choice} value={choice}>
                {t(label)}
              </option>
            ))}
          </select>
        </span>
      );
    case 'tags':
      return (
        <div class="field">
          <label for={id}>{t(field.label)}</label>
          <input
            id={id}
            type="text"
            value={Array.isArray(value) ? value.join(', ') : ''}
            onChange={(e) =>
              set(
                e.currentTarget.value
                  .split(',')
                  .map((tag) => tag.trim())
                  .filter(Boolean),
              )
            }
          />
        </div>
      );
    default:
      return (
        <div class="field">
          <label for={id}>{t(field.label)}</label>
          <input
            id={id}
            type={field.kind as 'text'}
            aria-required={field.kind === 'text' && field.required ? true : undefined}
            value={typeof value === 'string' ? value : ''}
            onInput={(e) => set(e.currentTarget.value)}
          />
        </div>
      );
  }
}

/** A panel for each selected network that has options, titled "<Network> options". */
export function NetworkOptions({ model }: { model: Composer }) {
  const platforms = model.selected.value.filter(hasOptions);
  if (platforms.length === 0) return <p class="hint">{t('networkOptionsNone')}</p>;
  return (
    <div class="network-options">
      {platforms.map((platform) => {
        const values = (model.draft.value.options[platform] ?? {}) as Values;
        const fields = PANELS[platform]!.filter((f) => !('when' in f) || !f.when || f.when(values));
        return (
          <fieldset key={platform} class="panel">
            <legend>{t('optionsFor', networkName(platform))}</legend>
            {fields.map((field) => (
              <Control
                key={field.path.join('.')}
                id={`option-${platform}-${field.path.join('-')}`}
                field={field}
                values={values}
                onChange={(next) => model.setOptions(platform, next as NetworkOptionValues[typeof platform])}
              />
            ))}
          </fieldset>
        );
      })}
    </div>
  );
}
