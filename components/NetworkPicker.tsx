import type { Platform } from '@/utils/ayrshare/platforms';
import type { NetworkProblem } from '@/utils/networks/check';
import { networkName } from '@/utils/networks/names';
import { problemText } from '@/utils/networks/problem-text';
import { t } from '@/utils/i18n';
import type { LinkedNetwork } from '@/utils/storage/account';

interface Props {
  networks: readonly LinkedNetwork[];
  selected: readonly Platform[];
  problems: readonly NetworkProblem[];
  onToggle(platform: Platform, on: boolean): void;
}

/** One checkbox per linked network, named by the network; what stops a network is said beside it. */
export function NetworkPicker({ networks, selected, problems, onToggle }: Props) {
  return (
    <fieldset class="networks">
      <legend>{t('networksLegend')}</legend>
      <ul>
        {networks.map((network) => {
          const id = `network-${network.platform}`;
          const problem = problems.find((p) => p.platform === network.platform);
          const account = network.username ?? network.displayName;
          return (
            <li key={network.platform} class={problem ? 'network has-problem' : 'network'}>
              <input
                type="checkbox"
                id={id}
                checked={selected.includes(network.platform)}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onChange={(event) => onToggle(network.platform, event.currentTarget.checked)}
              />
              <label for={id}>{networkName(network.platform)}</label>
              {account && <span class="network-account">{account}</span>}
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
