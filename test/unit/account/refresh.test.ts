import { describe, expect, it } from 'vitest';
import { snapshotOf } from '@/utils/account/refresh';

describe("reading GET /user's reply", () => {
  it('keeps what a server says about an account as one bounded line of text', () => {
    const snapshot = snapshotOf(
      'primary',
      {
        activeSocialAccounts: ['bluesky'],
        displayNames: [{ platform: 'bluesky', displayName: `<script>x</script>\n\u0000${'n'.repeat(10_000)}`, username: '  me\r\n' }],
        title: 't'.repeat(5_000),
      },
      1,
    );
    const [network] = snapshot.networks;
    expect(network?.displayName?.startsWith('<script>x</script> nnn')).toBe(true);
    expect(Array.from(network?.displayName ?? '').length).toBeLessThanOrEqual(300);
    expect(network?.username).toBe('me');
    expect(snapshot.title?.length).toBeLessThanOrEqual(300);
  });

  it("keeps an account's picture only at a public https address", () => {
    const snapshot = snapshotOf(
      'primary',
      {
        activeSocialAccounts: ['bluesky', 'facebook', 'linkedin'],
        displayNames: [
          { platform: 'bluesky', userImage: 'https://cdn.bsky.app/img/avatar/plain/did/abc@jpeg' },
          { platform: 'facebook', userImage: 'http://graph.facebook.com/1/picture' },
          { platform: 'linkedin', userImage: 'javascript:alert(1)' },
        ],
      },
      1,
    );
    expect(snapshot.networks.map((n) => n.userImage)).toEqual(['https://cdn.bsky.app/img/avatar/plain/did/abc@jpeg', undefined, undefined]);
  });

  it('calls a reply that is not what Ayrshare returns malformed, rather than trusting it', () => {
    for (const reply of ['<html>', { activeSocialAccounts: 'bluesky' }, { displayNames: [{ platform: 7 }] }]) {
      expect(() => snapshotOf('primary', reply, 1)).toThrow(expect.objectContaining({ failure: { kind: 'malformed' } }));
    }
  });
});
