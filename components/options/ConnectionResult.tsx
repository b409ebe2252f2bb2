import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import type { AccountSnapshot } from '@/utils/storage/account';

/** What "Test connection" found: the linked networks by name, or none. */
export function ConnectionResult({ snapshot }: { snapshot: AccountSnapshot }) {
  return (
    <div class="connection-result">
      <p>{snapshot.title ? t('connectionOkTitled', snapshot.title) : t('connectionOk')}</p>
      {snapshot.networks.length === 0 ? (
        <p>{t('networksNoneLinked')}</p>
      ) : (
        <ul aria-label={t('linkedNetworksLabel')}>
          {snapshot.networks.map((n) => (
            <li key={n.platform}>
              {networkName(n.platform)}
              {n.username || n.displayName ? <span class="hint"> · {n.username ?? n.displayName}</span> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
