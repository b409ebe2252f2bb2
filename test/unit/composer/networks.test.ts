import { describe, expect, it } from 'vitest';
import { initialChoice } from '@/utils/composer/model';
import { offeredNetworks, targetsFor } from '@/utils/composer/networks';
import type { AccountSnapshot } from '@/utils/storage/account';
import { NO_DEFAULTS } from '@/utils/storage/settings';

const accounts: AccountSnapshot[] = [
  { profileId: 'primary', networks: [{ platform: 'twitter', username: 'me' }, { platform: 'bluesky' }], fetchedAt: 1 },
  { profileId: 'acme', networks: [{ platform: 'linkedin', displayName: 'Acme' }, { platform: 'twitter', username: 'acme' }], fetchedAt: 1 },
];

describe('networks offered for the chosen profiles', () => {
  it('lists the union in Sharebeam order, saying which profile has which', () => {
    expect(offeredNetworks(accounts, ['primary', 'acme'])).toEqual([
      { platform: 'bluesky', account: undefined, profileIds: ['primary'] },
      { platform: 'linkedin', account: 'Acme', profileIds: ['acme'] },
      { platform: 'twitter', account: 'me', profileIds: ['primary', 'acme'] },
    ]);
  });

  it('sends each profile only the chosen networks it has', () => {
    const offered = offeredNetworks(accounts, ['primary', 'acme']);
    expect(targetsFor(['linkedin', 'twitter'], offered, ['primary', 'acme'])).toEqual([
      { profileId: 'primary', platforms: ['twitter'] },
      { profileId: 'acme', platforms: ['linkedin', 'twitter'] },
    ]);
    expect(targetsFor(['linkedin'], offered, ['primary', 'acme'])).toEqual([{ profileId: 'acme', platforms: ['linkedin'] }]);
  });
});

describe('where a new composer starts', () => {
  const profiles = [
    { id: 'primary', name: '', defaults: { ...NO_DEFAULTS, networks: ['bluesky' as const] } },
    { id: 'acme', name: 'Acme', defaults: { ...NO_DEFAULTS, networks: ['linkedin' as const] } },
  ];

  it('uses the primary profile and its default networks the first time', () => {
    expect(initialChoice({ profiles, memory: { profileIds: [], networks: [] } }, undefined)).toEqual({
      profileIds: ['primary'],
      platforms: ['bluesky'],
    });
  });

  it('remembers the last post’s profiles and networks, skipping removed profiles', () => {
    expect(initialChoice({ profiles, memory: { profileIds: ['gone', 'acme'], networks: ['twitter'] } }, undefined)).toEqual({
      profileIds: ['acme'],
      platforms: ['twitter'],
    });
  });

  it('lets a draft of the same share win', () => {
    const draft = { key: 'tab:1', text: 'x', profileIds: ['primary'], platforms: ['threads' as const], media: [], origin: '', updatedAt: 0 };
    expect(initialChoice({ profiles, memory: { profileIds: ['acme'], networks: ['twitter'] } }, draft)).toEqual({
      profileIds: ['primary'],
      platforms: ['threads'],
    });
  });
});
