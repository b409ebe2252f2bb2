import { describe, expect, it } from 'vitest';
import { kept, madePosts, retryPlatforms, UNDO_WINDOW_MS, undoUntil } from '@/utils/composer/result';
import type { OutboxEntry, OutboxTarget } from '@/utils/storage/outbox';

const AT = 1_800_000_000_000;
const target = (over: Partial<OutboxTarget>): OutboxTarget => ({
  profileId: 'primary',
  idempotencyKey: 'key',
  state: 'done',
  networks: [],
  updatedAt: AT,
  ...over,
});
const entry = (targets: OutboxTarget[]): OutboxEntry => ({
  id: 'send-1',
  createdAt: AT,
  post: { post: 'Hello', platforms: ['bluesky', 'facebook', 'linkedin'] },
  targets,
});

const published = target({
  postId: 'post-1',
  platforms: ['bluesky', 'facebook'],
  networks: [
    { platform: 'bluesky', status: 'published', postUrl: 'https://bsky.app/p/1' },
    { platform: 'facebook', status: 'failed', message: 'Authorization expired' },
  ],
});
const refused = target({ profileId: 'acme', state: 'failed', platforms: ['linkedin'], failure: { kind: 'forbidden' } });

describe('Undo', () => {
  it('deletes each post Ayrshare made, naming the networks that took it', () => {
    expect(madePosts(entry([published, refused]))).toEqual([{ profileId: 'primary', postId: 'post-1', platforms: ['bluesky'] }]);
  });

  it('is offered for a few minutes after Post, and not at all when nothing went out', () => {
    expect(undoUntil(entry([published]))).toBe(AT + UNDO_WINDOW_MS);
    expect(undoUntil(entry([refused]))).toBeUndefined();
    expect(undoUntil(entry([target({ state: 'waiting', networks: [] })]))).toBeUndefined();
  });

  it('is not offered when only networks that cannot delete through the API took the post, and names those', () => {
    const instagram = target({ postId: 'post-2', networks: [{ platform: 'instagram', status: 'published' }] });
    expect(undoUntil(entry([instagram]))).toBeUndefined();
    expect(kept(madePosts(entry([published, instagram])))).toEqual(['instagram']);
  });
});

describe('Retry', () => {
  it('sends again only the networks that refused, or the whole profile’s networks when the request was refused', () => {
    const sent = entry([published, refused]);
    expect(retryPlatforms(sent, published)).toEqual(['facebook']);
    expect(retryPlatforms(sent, refused)).toEqual(['linkedin']);
  });

  it('offers nothing while a send may still go out', () => {
    expect(retryPlatforms(entry([]), target({ state: 'waiting' }))).toEqual([]);
    expect(retryPlatforms(entry([]), target({ state: 'cancelled' }))).toEqual([]);
  });
});

