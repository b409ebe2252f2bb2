import { describe, expect, it } from 'vitest';
import { actionsFor, commentNetworks, undeletableLive } from '@/utils/history/actions';
import type { HistoryEntry, NetworkState } from '@/utils/history/entry';

const live = (platform: NetworkState['platform']): NetworkState => ({ platform, state: 'live', postUrl: `https://${platform}.example/1` });
const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
  id: 'p1',
  text: 'Hello',
  status: 'published',
  networks: [live('facebook')],
  retryable: false,
  retried: false,
  ...fields,
});
const actions = (fields: Partial<HistoryEntry>) => [...actionsFor(entry(fields))].sort();

describe('the actions Ayrshare allows on a post', () => {
  it('a published post: Delete, comments and analytics', () => {
    expect(actions({})).toEqual(['analytics', 'comments', 'delete']);
  });

  it('no Delete for a post whose live networks are all Instagram, TikTok or Threads', () => {
    expect(actions({ networks: [live('instagram'), live('threads'), live('tiktok')] })).toEqual(['analytics', 'comments']);
    expect(actions({ networks: [live('instagram'), { platform: 'facebook', state: 'removed' }] })).not.toContain('delete');
    expect(actions({ networks: [live('instagram'), live('linkedin')] })).toContain('delete');
  });

  it('a scheduled post: Delete, Reschedule and Notes; nothing to count or comment on yet', () => {
    expect(actions({ status: 'scheduled', networks: [{ platform: 'instagram', state: 'waiting' }] })).toEqual(['delete', 'notes', 'reschedule']);
  });

  it('a post awaiting approval: Approve, Notes and Delete, but not Reschedule', () => {
    expect(actions({ status: 'awaitingApproval', networks: [{ platform: 'linkedin', state: 'waiting' }] })).toEqual(['approve', 'delete', 'notes']);
  });

  it('Retry only for a failed post Ayrshare marked retryable, and only once', () => {
    const failed = { status: 'failed' as const, networks: [{ platform: 'bluesky' as const, state: 'failed' as const }] };
    expect(actions({ ...failed, retryable: true })).toEqual(['retry']);
    expect(actions({ ...failed, retryable: false })).toEqual([]);
    expect(actions({ ...failed, retryable: true, retried: true })).toEqual([]);
    expect(actions({ status: 'published', retryable: true })).not.toContain('retry');
  });

  it('a failed post that reached some networks still has their comments and analytics', () => {
    expect(actions({ status: 'failed', networks: [live('bluesky'), { platform: 'facebook', state: 'failed' }] })).toEqual(['analytics', 'comments']);
  });

  it('nothing for a deleted or pending post but what its live networks allow', () => {
    expect(actions({ status: 'deleted', networks: [{ platform: 'facebook', state: 'removed' }] })).toEqual([]);
    expect(actions({ status: 'pending', networks: [{ platform: 'tiktok', state: 'processing' }] })).toEqual([]);
  });

  it('no comments where no live network takes them', () => {
    expect(actions({ networks: [live('gmb'), live('pinterest'), live('telegram'), live('snapchat')] })).toEqual(['analytics', 'delete']);
  });
});

describe('networks an action reaches', () => {
  it('names the live networks that keep a post the API cannot delete', () => {
    expect(undeletableLive(entry({ networks: [live('instagram'), live('facebook'), { platform: 'tiktok', state: 'processing' }] }))).toEqual(['instagram']);
  });

  it('sends comments only to live networks that take them', () => {
    expect(commentNetworks(entry({ networks: [live('bluesky'), live('gmb'), { platform: 'facebook', state: 'failed' }] }))).toEqual(['bluesky']);
  });
});
