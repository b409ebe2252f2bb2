import { e2eSeed, expect, test } from './fixtures';
import type { Composer } from './pages';

const ALL = ['bluesky', 'facebook', 'gmb', 'instagram', 'linkedin', 'pinterest', 'reddit', 'snapchat', 'telegram', 'threads', 'tiktok', 'twitter', 'youtube'] as const;
const IMAGE = 'https://cdn.example/photo.jpg';
const IMAGE_2 = 'https://cdn.example/second.jpg';
const VIDEO = 'https://cdn.example/clip.mp4';
const PNG = 'https://cdn.example/graphic.png';

interface Case {
  network: string;
  media?: string[];
  /** Breaks one of the network's rules, through the UI. */
  breakRule(composer: Composer): Promise<void>;
  /** What the composer says about it. */
  said: string | RegExp;
  /** Mends the draft and sets one option. */
  fix(composer: Composer): Promise<void>;
  /** The body fields Ayrshare documents for that option. */
  sent: Record<string, unknown>;
}

const CASES: Case[] = [
  {
    network: 'Bluesky',
    media: [IMAGE],
    breakRule: (c) => c.text.fill('b'.repeat(301)),
    said: '1 character too long for Bluesky.',
    fix: async (c) => {
      await c.text.fill('Short enough for Bluesky');
      await c.page.getByLabel('Description of photo.jpg').fill('A harbour at dawn');
    },
    sent: { blueSkyOptions: { altText: ['A harbour at dawn'] } },
  },
  {
    network: 'Facebook',
    media: [IMAGE, VIDEO],
    breakRule: async () => {},
    said: "Facebook can't take images and a video together; keep one or the other.",
    fix: async (c) => {
      await c.page.getByRole('button', { name: 'Remove photo.jpg' }).click();
      await c.optionsOf('Facebook').getByLabel('Post as a Reel').check();
      await c.optionsOf('Facebook').getByLabel('Reel title').fill('Behind the scenes');
    },
    sent: { mediaUrls: [VIDEO], faceBookOptions: { reels: true, title: 'Behind the scenes' } },
  },
  {
    network: 'Google Business Profile',
    breakRule: (c) => c.text.fill('Call us on (555) 123-4567 today'),
    said: 'Google Business Profile refuses posts with a phone number; remove it.',
    fix: async (c) => {
      await c.text.fill('Open late on Fridays');
      await c.optionsOf('Google Business Profile').getByLabel('Button').selectOption({ label: 'Learn more' });
      await c.optionsOf('Google Business Profile').getByLabel('Button link').fill('https://shop.example/hours');
    },
    sent: { gmbOptions: { callToAction: { actionType: 'learn_more', url: 'https://shop.example/hours' } } },
  },
  {
    network: 'Instagram',
    breakRule: async () => {},
    said: 'Instagram needs an image or a video.',
    fix: async (c) => {
      await c.page.goto(`${c.page.url()}&media=${encodeURIComponent(IMAGE)}`);
      await c.network('Instagram').check();
      await c.openPanel('Network options');
      await c.optionsOf('Instagram').getByLabel('Post as').selectOption({ label: 'Story' });
    },
    sent: { mediaUrls: [IMAGE], instagramOptions: { stories: true } },
  },
  {
    network: 'LinkedIn',
    breakRule: (c) => c.text.fill('l'.repeat(3_005)),
    said: '5 characters too long for LinkedIn.',
    fix: async (c) => {
      await c.text.fill('A professional update');
      await c.optionsOf('LinkedIn').getByLabel('Turn off comments').check();
    },
    sent: { disableComments: true },
  },
  {
    network: 'Pinterest',
    breakRule: async () => {},
    said: 'Pinterest needs an image or a video.',
    fix: async (c) => {
      await c.page.goto(`${c.page.url()}&media=${encodeURIComponent(IMAGE)}`);
      await c.network('Pinterest').check();
      await c.openPanel('Network options');
      await c.optionsOf('Pinterest').getByLabel('Title').fill('Harbour prints');
      await c.optionsOf('Pinterest').getByLabel('Destination link').fill('https://shop.example/prints');
    },
    sent: { pinterestOptions: { title: 'Harbour prints', link: 'https://shop.example/prints' } },
  },
  {
    network: 'Reddit',
    breakRule: async () => {},
    said: 'Reddit needs a title.',
    fix: async (c) => {
      await c.optionsOf('Reddit').getByLabel('Title').fill('What we learnt shipping a browser extension');
      await c.optionsOf('Reddit').getByLabel('Subreddit').fill('webdev');
    },
    sent: { redditOptions: { title: 'What we learnt shipping a browser extension', subreddit: 'webdev' } },
  },
  {
    network: 'Snapchat',
    breakRule: async () => {},
    said: 'Snapchat needs an image or a video.',
    fix: async (c) => {
      await c.page.goto(`${c.page.url()}&media=${encodeURIComponent(IMAGE)}`);
      await c.network('Snapchat').check();
      await c.openPanel('Network options');
      await c.optionsOf('Snapchat').getByLabel('Post as').selectOption({ label: 'Saved story' });
    },
    sent: { snapChatOptions: { savedStory: true } },
  },
  {
    network: 'Telegram',
    media: [IMAGE, IMAGE_2],
    breakRule: async () => {},
    said: 'Telegram takes one image or video here; remove the others.',
    fix: async (c) => {
      await c.page.getByRole('button', { name: 'Remove second.jpg' }).click();
      await (await c.moreOptions()).getByLabel('Notes').fill('For the Friday channel');
    },
    sent: { mediaUrls: [IMAGE], notes: 'For the Friday channel' },
  },
  {
    network: 'Threads',
    breakRule: (c) => c.text.fill('Two tags #one #two'),
    said: 'Threads allows one hashtag per post.',
    fix: async (c) => {
      await c.text.fill('One tag #one');
      await (await c.moreOptions()).getByLabel('First comment').fill('Sources in the comments');
    },
    sent: { firstComment: { comment: 'Sources in the comments' } },
  },
  {
    network: 'TikTok',
    media: [PNG],
    breakRule: async () => {},
    said: "TikTok doesn't take .png images; use JPG or WEBP.",
    fix: async (c) => {
      await c.page.goto(c.page.url().replace(encodeURIComponent(PNG), encodeURIComponent(VIDEO)));
      await c.network('TikTok').check();
      await c.openPanel('Network options');
      await c.optionsOf('TikTok').getByLabel('Visibility').selectOption({ label: 'Private' });
      await c.optionsOf('TikTok').getByLabel('No duets').check();
    },
    sent: { mediaUrls: [VIDEO], tikTokOptions: { visibility: 'private', disableDuet: true } },
  },
  {
    network: 'X',
    breakRule: (c) => c.text.fill('x'.repeat(300)),
    said: '20 characters too long for X. Shorten it, or turn on long posts',
    fix: (c) => c.optionsOf('X').getByLabel('Long post (needs X Premium)').check(),
    sent: { post: 'x'.repeat(300), twitterOptions: { longPost: true } },
  },
  {
    network: 'YouTube',
    media: [IMAGE],
    breakRule: async () => {},
    said: 'YouTube needs exactly one video, and nothing else.',
    fix: async (c) => {
      await c.page.goto(c.page.url().replace(encodeURIComponent(IMAGE), encodeURIComponent(VIDEO)));
      await c.network('YouTube').check();
      await c.openPanel('Network options');
      await c.optionsOf('YouTube').getByLabel('Title').fill('Launch day');
      await c.optionsOf('YouTube').getByLabel('Visibility').selectOption({ label: 'Unlisted' });
      await c.optionsOf('YouTube').getByLabel('Publish as a Short').check();
    },
    sent: { youTubeOptions: { title: 'Launch day', visibility: 'unlisted', shorts: true } },
  },
];

for (const c of CASES) {
  test(`${c.network}: a rule is caught before sending, and an option arrives as documented`, async ({ openComposer, sandbox }) => {
    sandbox.reset(e2eSeed({ linked: [...ALL] }));
    const composer = await openComposer({ url: 'https://news.example/story', title: 'Story', media: c.media });
    await composer.network(c.network).check();
    await composer.openPanel('Network options');
    await c.breakRule(composer);
    await expect(composer.networkRow(c.network)).toContainText(c.said);
    await composer.postButton.click();
    await expect(composer.alert).toContainText('None of the chosen networks can take this post yet');
    expect(sandbox.requestsTo('POST', '/post')).toHaveLength(0);

    await c.fix(composer);
    await expect(composer.networkRow(c.network).locator('.network-problem')).toHaveCount(0);
    await composer.postButton.click();
    await expect(composer.resultFor(c.network)).toContainText(/Published|Accepted/);
    const [request] = sandbox.requestsTo('POST', '/post');
    expect(request?.body).toMatchObject(c.sent);
  });
}
