import type { NetworkOptionValues } from '../networks/types';
import type { Features } from './features';

/**
 * Everything the user has composed, as the checks and the send read it. (Types and defaults
 * only: the schemas that validate it load with the panels and the send, after first paint.)
 */
export interface DraftState {
  text: string;
  media: readonly string[];
  /** Media URLs marked as video. */
  videos: readonly string[];
  /** Descriptions of images (alt text), by media URL. */
  alts: Readonly<Record<string, string>>;
  options: NetworkOptionValues;
  features: Features;
  /** Local "YYYY-MM-DDTHH:mm", or "" to publish now. */
  scheduleAt: string;
}

export const NO_FEATURES: Features = {
  requiresApproval: false,
  notes: '',
  shortenLinks: false,
  autoHashtag: false,
  hashtagMax: 2,
  hashtagPosition: 'auto',
  firstComment: '',
  autoRepost: false,
  repostTimes: 3,
  repostEveryDays: 7,
  unsplash: '',
};
