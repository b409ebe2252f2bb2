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
      { platform: 'bluesky', account: undefined, avatar: undefined, followers: undefined, profileIds: ['primary'] },
      { platform: 'linkedin', account: 'Acme', avatar: undefined, followers: undefined, profileIds: ['acme'] },
      { platform: 'twitter', account: 'me', avatar: undefined, followers: undefined, profileIds: ['primary', 'acme'] },
    ]);
  });

  it("names each account by its display name, with its picture and its followers (all the chosen profiles' together)", () => {
    const withPictures: AccountSnapshot[] = [
      { profileId: 'primary', networks: [{ platform: 'twitter', displayName: 'Me', username: 'me', userImage: 'https://pbs.twimg.com/me.jpg' }, { platform: 'bluesky' }], fetchedAt: 1 },
      { profileId: 'acme', networks: [{ platform: 'twitter', username: 'acme', userImage: 'https://pbs.twimg.com/acme.jpg' }], fetchedAt: 1 },
    ];
    const reach = [
      { profileId: 'primary', fetchedAt: 1, value: [{ platform: 'twitter' as const, followers: 1_000 }] },
      { profileId: 'acme', fetchedAt: 1, value: [{ platform: 'twitter' as const, followers: 234 }] },
    ];
    expect(offeredNetworks(withPictures, ['primary'], reach)).toEqual([
      { platform: 'bluesky', account: undefined, avatar: undefined, followers: undefined, profileIds: ['primary'] },
      { platform: 'twitter', account: 'Me', avatar: 'https://pbs.twimg.com/me.jpg', followers: 1_000, profileIds: ['primary'] },
    ]);
    // One tile for two accounts: their followers together, no single picture.
    expect(offeredNetworks(withPictures, ['primary', 'acme'], reach)[1]).toEqual({ platform: 'twitter', account: 'Me', avatar: undefined, followers: 1_234, profileIds: ['primary', 'acme'] });
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

