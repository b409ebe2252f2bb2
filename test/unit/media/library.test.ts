import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { libraryOf, refreshLibrary, rememberUpload, searchLibrary } from '@/utils/media/library';
import { ask } from '@/utils/ayrshare/ask';
import { checkMediaUrl } from '@/utils/media/url-check';
import { libraryCache } from '@/utils/storage/media-library';
import { startSandbox, type Sandbox, type SandboxSeed } from '../../sandbox/index.ts';
import { backgroundOnSandbox } from '../sandbox-background';

const KEY = 'unit-media-key';
const seed = (more: Partial<SandboxSeed> = {}): SandboxSeed => ({ apiKeys: [KEY], primary: { title: 'Unit', linked: ['facebook'] }, ...more });
const NOW = Date.UTC(2026, 11, 7, 10);

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox({ port: 0, seed: seed() });
  backgroundOnSandbox(sandbox, KEY);
});
afterEach(() => sandbox.close());

describe('the media library', () => {
  it('reads GET /media as the docs show it: a bare array, sizes as strings, newest first, without expired files', () => {
    const docs = {
      id: '5553a26a-jpeg',
      timeCreated: '2025-07-30T20:23:49.774Z',
      size: '223340',
      url: 'https://images.ayrshare.com/x/5553a26a.jpeg',
      fileName: 'test1.jpeg',
      description: 'Test1',
      expiresAt: '2027-09-05T22:00:48.000Z',
    };
    const items = libraryOf(
      [
        docs,
        { ...docs, url: 'https://images.ayrshare.com/x/clip.mp4', fileName: 'clip.mp4', timeCreated: '2025-08-01T00:00:00Z', size: 9_000_000 },
        { ...docs, url: 'https://images.ayrshare.com/x/old.jpg', expiresAt: '2026-01-01T00:00:00Z' },
        { ...docs, url: 'http://insecure.example/a.jpg' },
        'not a file',
      ],
      NOW,
    );
    expect(items).toEqual([
      { url: 'https://images.ayrshare.com/x/clip.mp4', name: 'clip.mp4', kind: 'video', size: 9_000_000, createdAt: Date.parse('2025-08-01T00:00:00Z'), expiresAt: Date.parse(docs.expiresAt), description: 'Test1' },
      { url: docs.url, name: 'test1.jpeg', kind: 'image', size: 223_340, createdAt: Date.parse(docs.timeCreated), expiresAt: Date.parse(docs.expiresAt), description: 'Test1' },
    ]);
    expect(searchLibrary(items, 'TEST1 jpe').map((i) => i.name)).toEqual(['test1.jpeg']);
    expect(searchLibrary(items, '  ')).toHaveLength(2);
  });

  it('lists what was uploaded, at once from the composer and then from Ayrshare, without a second upload', async () => {
    // What uploadMedia sends (Node has no FileReader to make the data URL).
    const file = `data:image/png;base64,${Buffer.alloc(2_048).toString('base64')}`;
    const { url } = await ask('primary', 'uploadMedia', { json: { file, fileName: 'harbour.png' } });
    await rememberUpload('primary', { url, name: 'harbour.png', kind: 'image', size: 2_048, createdAt: Date.now() });
    expect((await libraryCache.get())[0]?.value?.map((i) => i.url)).toEqual([url]);

    const snapshot = await refreshLibrary('primary');
    expect(snapshot.value).toEqual([expect.objectContaining({ url, name: 'harbour.png', size: 2_048, kind: 'image' })]);
    expect(sandbox.requestsTo('POST', '/media/upload')).toHaveLength(1);
  });

  it('keeps the plan’s refusal as the explanation to show', async () => {
    sandbox.reset(seed({ plan: 'basic' }));
    expect(await refreshLibrary('primary')).toMatchObject({ failure: { kind: 'libraryNeedsPlan', status: 403 } });
    expect((await libraryCache.get())[0]).toMatchObject({ failure: { kind: 'libraryNeedsPlan' } });
  });
});

describe('checking a media address before a post uses it', () => {
  it('says a reachable address is, and why another is not, whether the error comes with HTTP 200 or 400', async () => {
    expect(await checkMediaUrl('primary', 'https://cdn.example.com/photo.jpg')).toEqual({ reachable: true });
    const gone = { reachable: false, failure: { kind: 'unreachableMedia', said: '404 Not Found' } };
    expect(await checkMediaUrl('primary', 'https://photos.example.invalid/gone.jpg')).toEqual(gone);

    sandbox.reset(seed({ pessimistic: { urlExistsErrorAs400: true } }));
    expect(await checkMediaUrl('primary', 'https://photos.example.invalid/gone.jpg')).toEqual({ reachable: false, failure: { kind: 'unreachableMedia', said: 'Not Found' } });
    expect(sandbox.requestsTo('POST', '/media/urlExists').at(-1)?.body).toEqual({ mediaUrl: 'https://photos.example.invalid/gone.jpg' });
  });

  it('leaves an address unchecked, saying why, on a plan without the check', async () => {
    sandbox.reset(seed({ plan: 'basic' }));
    expect(await checkMediaUrl('primary', 'https://cdn.example.com/photo.jpg')).toMatchObject({ unchecked: { kind: 'urlCheckNeedsPlan' } });
  });
});
