import type { Platform } from '@/utils/ayrshare/platforms';
import type { OfferedNetwork } from '@/utils/composer/networks';
import type { NetworkProblem } from '@/utils/networks/check';
import { networkName } from '@/utils/networks/names';
import { problemText } from '@/utils/networks/problem-text';
import { t } from '@/utils/i18n';

interface Props {
  networks: readonly OfferedNetwork[];
  selected: readonly Platform[];
  problems: readonly NetworkProblem[];
  /** Names of the chosen profiles by id, when more than one is chosen: each network says which have it. */
  profileNames?: ReadonlyMap<string, string>;
  onToggle(platform: Platform, on: boolean): void;
}

/** One checkbox per linked network, named by the network; what stops a network is said beside it. */
export function NetworkPicker({ networks, selected, problems, profileNames, onToggle }: Props) {
  return (
    <fieldset class="networks">
      <legend>{t('networksLegend')}</legend>
      <ul>
        {networks.map((network) => {
          const id = `network-${network.platform}`;
          const problem = problems.find((p) => p.platform === network.platform);
          const owners = profileNames && network.profileIds.map((p) => profileNames.get(p)).join(' · ');
          const detail = owners || network.account;
          return (
            <li key={network.platform} class={problem ? 'network has-problem' : 'network'}>
              <input
                type="checkbox"
                id={id}
                checked={selected.includes(network.platform)}
                aria-describedby={[detail && `${id}-detail`, problem && `${id}-problem`].filter(Boolean).join(' ') || undefined}
                onChange={(event) => onToggle(network.platform, event.currentTarget.checked)}
              />
              <label for={id}>{networkName(network.platform)}</label>
              {detail && (
                <span id={`${id}-detail`} class="network-account">
                  {detail}
                </span>
              )}
              {problem && (
                <p id={`${id}-problem`} class="network-problem">
                  {problemText(problem)}
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
