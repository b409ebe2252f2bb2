import { browser } from 'wxt/browser';
import type { Composer } from '@/utils/composer/model';
import { formatCompact, formatList, formatNumber } from '@/utils/format';
import { t, tn } from '@/utils/i18n';
import { networkName } from '@/utils/networks/names';
import { profileLabel } from '@/utils/profiles/label';
import { lazy } from '../common/lazy';

/** From this share of a network's limit on, its tile shows the count. */
const NEAR_LIMIT = 0.8;

const NetworkIcon = lazy(() => import('./NetworkIcon').then((m) => m.NetworkIcon));
const FailureText = lazy(() => import('../common/FailureText').then((m) => m.FailureText));

/** How many follow the account, at a glance ("12.3K"), and in full for screen readers and the tooltip. */
function Followers({ count }: { count: number }) {
  const full = t('followersTitle', formatNumber(count));
  return (
    <span class="followers" title={full}>
      <span aria-hidden="true">{formatCompact(count)}</span>
      <span class="visually-hidden">{full}</span>
    </span>
  );
}

/**
 * One toggle per linked network, named by the network, in a grid that fits the popup. Under its
 * name, the account it posts to (or, with several profiles, which profiles), with its picture
 * and how many follow it, so the user sees where a post lands before choosing. A chosen network
 * shows its character count; when something stops it, or it will change the post, its tile
 * widens to say so. Screen readers hear all of it with the toggle.
 */
export function NetworkPicker({ model }: { model: Composer }) {
  const review = model.review.value;
  const chosen = model.selected.value;
  const ids = model.draft.value.profileIds;
  const owners = (profileIds: readonly string[]) =>
    ids.length > 1 ? profileIds.map((id) => model.profiles.value.find((p) => p.id === id)).map((p) => (p ? profileLabel(p) : '')).join(' · ') : undefined;
  const blocked = chosen.filter((p) => review?.problems.some((x) => x.platform === p));
  // Read here rather than by the composer: a refresh of the networks redraws the grid alone.
  if (model.offered.value.length === 0) return null;
  return (
    <fieldset class="networks">
      <legend>{t('networksLegend')}</legend>
      <ul class="network-grid">
        {model.offered.value.map((network) => {
          const { platform } = network;
          const id = `network-${platform}`;
          const on = chosen.includes(platform);
          const problems = on ? (review?.problems.filter((p) => p.platform === platform) ?? []) : [];
          const warnings = on ? (review?.warnings.filter((p) => p.platform === platform) ?? []) : [];
          const counter = on ? review?.counters.find((c) => c.platform === platform) : undefined;
          const detail = owners(network.profileIds) ?? network.account;
          const over = counter && counter.used > counter.limit;
          // The count shows once it matters; screen readers and the tooltip have it all along.
          const near = counter && counter.used >= counter.limit * NEAR_LIMIT;
          const about = Boolean(detail) || network.followers !== undefined;
          const describedBy = [counter && `${id}-count`, problems.length && `${id}-problems`, warnings.length && `${id}-warnings`, about && `${id}-detail`];
          return (
            <li key={platform} class={`network${on ? ' on' : ''}${problems.length ? ' has-problem' : ''}${problems.length || warnings.length ? ' said' : ''}`}>
              <input
                type="checkbox"
                id={id}
                checked={on}
                aria-describedby={describedBy.filter(Boolean).join(' ') || undefined}
                onChange={(event) => void model.toggleNetwork(platform, event.currentTarget.checked)}
              />
              <label for={id} title={[detail, counter && tn('counterTitle', counter.limit, [counter.used, counter.limit])].filter(Boolean).join(' · ') || undefined}>
                <span class="icon-slot">
                  <NetworkIcon platform={platform} />
                </span>
                {networkName(platform)}
              </label>
              {counter && (
                <span id={`${id}-count`} class={over ? 'counter over' : near ? 'counter' : 'visually-hidden'}>
                  {t('counterText', [formatNumber(counter.used), formatNumber(counter.limit)])}
                </span>
              )}
              {problems.length > 0 && (
                <span class="problem-mark" aria-hidden="true">
                  !
                </span>
              )}
              {about && (
                <span id={`${id}-detail`} class="account">
                  {network.avatar && (
                    <img
                      class="avatar"
                      src={network.avatar}
                      alt=""
                      width={14}
                      height={14}
                      referrerpolicy="no-referrer"
                      // A picture that will not load (gone, blocked, offline) leaves the name alone.
                      onError={(event) => (event.currentTarget.hidden = true)}
                    />
                  )}
                  {detail && <span class="account-name">{detail}</span>}
                  {detail && network.followers !== undefined && <span aria-hidden="true">·</span>}
                  {network.followers !== undefined && <Followers count={network.followers} />}
                </span>
              )}
              {(problems.length > 0 || warnings.length > 0) && (
                <div class="network-said">
                {problems.length > 0 && (
                  <ul id={`${id}-problems`} class="network-problem">
                    {problems.map((p) => (
                      <li key={p.text}>
                        {p.text}
                        {p.fixInOptions && (
                          <>
                            {' '}
                            <a
                              href={browser.runtime.getURL('/options.html')}
                              onClick={(event) => {
                                event.preventDefault();
                                void browser.runtime.openOptionsPage();
                              }}
                            >
                              {t('problemFixInOptions')}
                            </a>
                          </>
                        )}
                      </li>
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
                </div>
              )}
            </li>
          );
        })}
      </ul>
      {blocked.length > 0 && <p class="hint">{t('notSentSummary', formatList(blocked.map(networkName)))}</p>}
      {model.reachFailure.value && (
        <p class="hint">
          <FailureText failure={model.reachFailure.value} />
        </p>
      )}
    </fieldset>
  );
}
