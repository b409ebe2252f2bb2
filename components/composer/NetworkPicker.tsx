import type { Platform } from '@/utils/ayrshare/platforms';
import type { OfferedNetwork } from '@/utils/composer/networks';
import type { Review } from '@/utils/composer/review';
import { formatNumber } from '@/utils/format';
import { t } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';

interface Props {
  networks: readonly OfferedNetwork[];
  selected: readonly Platform[];
  /** The live check of the draft; absent for the few milliseconds before it loads. */
  review?: Review;
  /** Names of the chosen profiles by id, when more than one is chosen: each network says which have it. */
  profileNames?: ReadonlyMap<string, string>;
  onToggle(platform: Platform, on: boolean): void;
}

/**
 * One checkbox per linked network, named by the network. A selected network shows its character
 * count against its limit, what stops it (it will not be sent) and what it will change.
 */
export function NetworkPicker({ networks, selected, review, profileNames, onToggle }: Props) {
  return (
    <fieldset class="networks">
      <legend>{t('networksLegend')}</legend>
      <ul>
        {networks.map((network) => {
          const { platform } = network;
          const id = `network-${platform}`;
          const problems = review?.problems.filter((p) => p.platform === platform) ?? [];
          const warnings = review?.warnings.filter((p) => p.platform === platform) ?? [];
          const counter = review?.counters.find((c) => c.platform === platform);
          const owners = profileNames && network.profileIds.map((p) => profileNames.get(p)).join(' · ');
          const detail = owners || network.account;
          const over = counter && counter.used > counter.limit;
          const describedBy = [detail && `${id}-detail`, counter && `${id}-count`, problems.length && `${id}-problems`, warnings.length && `${id}-warnings`];
          return (
            <li key={platform} class={problems.length ? 'network has-problem' : 'network'}>
              <input
                type="checkbox"
                id={id}
                checked={selected.includes(platform)}
                aria-describedby={describedBy.filter(Boolean).join(' ') || undefined}
                onChange={(event) => onToggle(platform, event.currentTarget.checked)}
              />
              <label for={id}>{networkName(platform)}</label>
              <span class="network-detail">
                {detail && <span id={`${id}-detail`}>{detail}</span>}
                {counter && (
                  <span id={`${id}-count`} class={over ? 'counter over' : 'counter'} title={t('counterTitle', [counter.used, counter.limit])}>
                    {t('counterText', [formatNumber(counter.used), formatNumber(counter.limit)])}
                  </span>
                )}
              </span>
              {problems.length > 0 && (
                <ul id={`${id}-problems`} class="network-problem">
                  {problems.map((p) => (
                    <li key={p.text}>{p.text}</li>
                  ))}
                </ul>
              )}
              {warnings.length > 0 && (
                <ul id={`${id}-warnings`} class="network-warning">
                  {warnings.map((p) => (
                    <li key={p.text}>{p.text}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
