import type { Platform } from '../ayrshare/platforms';
import { t } from '../i18n';

/** The name people know a network by (Ayrshare's `twitter` is X, `gmb` is Google Business Profile). */
export function networkName(platform: Platform): string {
  return t(`network_${platform}`);
}
