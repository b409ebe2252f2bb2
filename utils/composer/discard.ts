import { batch } from '@preact/signals';
import { composeText } from '../share/prefill';
import { NO_FEATURES } from './draft-state';
import { featuresFor, initialChoice, type Composer } from './model';

/** Forgets the draft: the composer starts again from the page, with the profiles' defaults. */
export function discardDraft(model: Composer): Promise<void> {
  const { start } = model;
  const fresh = initialChoice({ profiles: start.profiles, memory: start.memory }, undefined);
  batch(() => {
    model.text.value = composeText(start.prefill);
    model.media.value = start.prefill.media;
    model.videos.value = [];
    model.alts.value = {};
    model.options.value = {};
    model.scheduleAt.value = '';
    model.profileIds.value = fresh.profileIds;
    model.chosen.value = fresh.platforms;
    model.features.value = featuresFor(start.profiles, fresh.profileIds, NO_FEATURES);
    model.sendError.value = undefined;
  });
  return model.clearDraft();
}
