import { describe, expect, it } from 'vitest';
import { draftProblems, textLength } from '@/utils/networks/check';

describe('draft problems per network', () => {
  it('finds nothing wrong with a short text post to text networks', () => {
    expect(draftProblems({ text: 'Hello', media: [] }, ['bluesky', 'twitter', 'linkedin'])).toEqual([]);
  });

  it('flags an empty draft on every selected network', () => {
    expect(draftProblems({ text: '   ', media: [] }, ['bluesky', 'facebook']).map((p) => p.kind)).toEqual(['empty', 'empty']);
  });

  it('flags only the networks whose limit the text passes, by how much', () => {
    const text = 'a'.repeat(290);
    expect(draftProblems({ text, media: [] }, ['twitter', 'bluesky'])).toEqual([{ platform: 'twitter', kind: 'tooLong', amount: 10 }]);
  });

  it('counts an emoji as one character', () => {
    expect(textLength('👋🏽é')).toBe(3);
    expect(draftProblems({ text: '😀'.repeat(280), media: [] }, ['twitter'])).toEqual([]);
  });

  it('asks for media where the network needs it', () => {
    expect(draftProblems({ text: 'Hi', media: [] }, ['instagram', 'tiktok', 'facebook']).map((p) => p.platform)).toEqual([
      'instagram',
      'tiktok',
    ]);
  });

  it('limits how many media a network takes', () => {
    const media = ['https://a.example/1.jpg', 'https://a.example/2.jpg'];
    expect(draftProblems({ text: 'Hi', media }, ['gmb'])).toEqual([{ platform: 'gmb', kind: 'tooManyMedia', amount: 1 }]);
  });
});
