import { describe, expect, it } from 'vitest';
import { offeredNetworks, targetsFor } from '@/utils/composer/networks';
import type { AccountSnapshot } from '@/utils/storage/account';

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

