import { apiCall, outboxCancel, outboxResume, postSubmit } from './protocol';
import {
  connectionTest,
  profilesExport,
  profilesImport,
  profilesRemove,
  profilesSave,
  profilesTest,
  settingsLoad,
  settingsSave,
} from './settings-messages';

/** Every message the background answers. */
export const MESSAGES = [
  settingsLoad,
  settingsSave,
  connectionTest,
  profilesSave,
  profilesRemove,
  profilesTest,
  profilesExport,
  profilesImport,
  apiCall,
  postSubmit,
  outboxCancel,
  outboxResume,
] as const;
