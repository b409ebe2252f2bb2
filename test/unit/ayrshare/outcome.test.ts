import { describe, expect, it } from 'vitest';
import { outcomesOf } from '@/utils/ayrshare/outcome';

describe('per-network outcomes of POST /post', () => {
  it('links each published network to its live post', () => {
    const outcomes = outcomesOf(
      { platforms: ['bluesky', 'facebook'] },
      {
        status: 'success',
        id: 'p1',
        postIds: [
          { platform: 'bluesky', status: 'success', id: 'at://x', postUrl: 'https://bsky.app/profile/me/post/1' },
          { platform: 'facebook', status: 'success', id: '1_2', postUrl: 'https://www.facebook.com/1_2' },
        ],
        errors: [],
      },
      [],
    );
    expect(outcomes).toEqual([
      { platform: 'bluesky', status: 'published', postUrl: 'https://bsky.app/profile/me/post/1' },
      { platform: 'facebook', status: 'published', postUrl: 'https://www.facebook.com/1_2' },
    ]);
  });

  it('takes a post added to the queue as scheduled, whether or not the answer names its slot', () => {
    const content = { platforms: ['bluesky' as const, 'facebook' as const], autoSchedule: { schedule: true, title: 'Mornings' } };
    for (const answer of [{ status: 'scheduled', id: 'q1', postIds: [], scheduleDate: '2026-12-14T09:00:00Z' }, { status: 'scheduled', id: 'q1' }]) {
      expect(outcomesOf(content, answer, []).map((o) => o.status)).toEqual(['scheduled', 'scheduled']);
    }
  });

  it("keeps a refusing network's own message next to the others' success", () => {
    const outcomes = outcomesOf(
      { platforms: ['twitter', 'linkedin'] },
      {
        status: 'error',
        postIds: [{ platform: 'linkedin', status: 'success', postUrl: 'https://www.linkedin.com/feed/update/1' }],
        errors: [{ platform: 'twitter', code: 110, message: 'Status is a duplicate.' }],
      },
      [],
    );
    expect(outcomes[0]).toEqual({ platform: 'twitter', status: 'failed', code: 110, message: 'Status is a duplicate.' });
    expect(outcomes[1]?.status).toBe('published');
  });

  it('never renders a link that is not public https, and never echoes a key', () => {
    const [outcome] = outcomesOf(
      { platforms: ['facebook'] },
      {
        status: 'error',
        errors: [{ platform: 'facebook', message: 'Token SECRET-KEY-123 expired' }],
      },
      ['SECRET-KEY-123'],
    );
    expect(outcome?.message).toBe('Token •••• expired');
    const [linked] = outcomesOf(
      { platforms: ['facebook'] },
      { status: 'success', postIds: [{ platform: 'facebook', postUrl: 'javascript:alert(1)' }] },
      [],
    );
    expect(linked).toEqual({ platform: 'facebook', status: 'published', postUrl: undefined });
  });

  it('reports a network Ayrshare said nothing about as unreported, not as published', () => {
    expect(outcomesOf({ platforms: ['threads'] }, { status: 'success', postIds: [] }, [])).toEqual([
      { platform: 'threads', status: 'unreported' },
    ]);
  });

  it('marks asynchronous networks as pending and scheduled posts as scheduled', () => {
    expect(
      outcomesOf({ platforms: ['tiktok'] }, { status: 'success', postIds: [{ platform: 'tiktok', id: 'pending' }] }, [])[0]?.status,
    ).toBe('pending');
    expect(outcomesOf({ platforms: ['bluesky'], scheduleDate: '2030-01-01T10:00:00Z' }, { status: 'scheduled', id: 's1' }, [])).toEqual([
      { platform: 'bluesky', status: 'scheduled' },
    ]);
  });
});
