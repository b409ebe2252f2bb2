// Plausible identifiers: Ayrshare post ids, each network's account ids and post URLs.
// Account details derive from a hash of the profile title so they are stable across restarts
// (e2e snapshots, demo screenshots); post ids are random like the real ones.
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Platform } from './platforms.ts';
import type { NetworkPostResult, SocialAccountSeed } from './types.ts';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';
const URL_SAFE = `${ALPHANUMERIC}-_`;
const HEX = '0123456789abcdef';

function pick(bytes: Uint8Array, length: number, alphabet: string): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[bytes[i % bytes.length]! % alphabet.length];
  return out;
}

export function randomString(length: number, alphabet = ALPHANUMERIC): string {
  return pick(randomBytes(length), length, alphabet);
}

const DIGITS = '0123456789';

function randomDigits(length: number): string {
  return randomString(1, DIGITS.slice(1)) + randomString(length - 1, DIGITS);
}

/** Ayrshare's Post ID looks like a Firestore id, e.g. `6APU4qqI7XO7JM3BOy6B` (§3). */
export function ayrsharePostId(): string {
  return randomString(20);
}

/** Same string in, same characters out: stable account ids per profile title. */
function stable(seed: string, length: number, alphabet: string): string {
  let bytes = new Uint8Array(0);
  for (let round = 0; bytes.length < length; round++) {
    const next = createHash('sha256').update(`${seed}#${round}`).digest();
    bytes = new Uint8Array([...bytes, ...next]);
  }
  return pick(bytes, length, alphabet);
}

function stableDigits(seed: string, length: number): string {
  return stable(`${seed}:lead`, 1, DIGITS.slice(1)) + stable(seed, length - 1, DIGITS);
}

export function stableRefId(title: string): string {
  return stable(`refId:${title}`, 40, HEX);
}

export interface SocialAccount {
  platform: Platform;
  displayName: string;
  username: string;
  id: string;
  profileUrl: string;
  userImage: string;
  created: string;
  pageName?: string;
}

function slug(title: string, separator = ''): string {
  const words = title.toLowerCase().normalize('NFKD').match(/[a-z0-9]+/g) ?? [];
  return words.join(separator) || 'sandbox';
}

function pascal(title: string): string {
  return title.replace(/[^A-Za-z0-9]+/g, ' ').trim().split(' ').map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('') || 'Sandbox';
}

/** The handle each network would show for a profile called `title`. */
function defaultUsername(title: string, platform: Platform): string {
  switch (platform) {
    case 'bluesky': return `${slug(title, '-')}.bsky.social`;
    case 'gmb': return title;
    case 'linkedin': return slug(title, '-');
    case 'reddit': return slug(title, '_');
    case 'youtube': return `@${pascal(title)}`;
    default: return slug(title).slice(0, 15);
  }
}

/** Usernames, ids and avatars in each network's own shape (what `GET /user` `displayNames[]` shows). */
export function socialAccount(title: string, platform: Platform, createdIso: string, seed: SocialAccountSeed = {}): SocialAccount {
  const key = `${title}:${platform}`;
  const username = seed.username ?? defaultUsername(title, platform);
  const derived = ((): Pick<SocialAccount, 'id' | 'profileUrl' | 'userImage'> & { pageName?: string } => {
    switch (platform) {
      case 'twitter':
        return { id: stableDigits(key, 19), profileUrl: `https://x.com/${username}`,
          userImage: `https://pbs.twimg.com/profile_images/${stableDigits(`${key}:img`, 19)}/avatar_400x400.jpg` };
      case 'bluesky': {
        const did = `did:plc:${stable(key, 24, BASE32_LOWER)}`;
        return { id: did, profileUrl: `https://bsky.app/profile/${username}`,
          userImage: `https://cdn.bsky.app/img/avatar/plain/${did}/bafkrei${stable(`${key}:img`, 52, BASE32_LOWER)}@jpeg` };
      }
      case 'facebook': {
        const id = stableDigits(key, 15);
        return { id, pageName: seed.displayName ?? title, profileUrl: `https://www.facebook.com/${id}`,
          userImage: `https://scontent.xx.fbcdn.net/v/t39.30808-1/${stableDigits(`${key}:img`, 9)}_${stableDigits(`${key}:img2`, 17)}_n.jpg` };
      }
      case 'gmb':
        return { id: `locations/${stableDigits(`${key}:loc`, 19)}`, profileUrl: `https://maps.google.com/maps?cid=${stableDigits(key, 19)}`,
          userImage: `https://lh3.googleusercontent.com/p/${stable(`${key}:img`, 40, URL_SAFE)}=s88` };
      case 'instagram':
        return { id: stableDigits(key, 17), profileUrl: `https://www.instagram.com/${username}/`,
          userImage: `https://scontent.cdninstagram.com/v/t51.2885-19/${stableDigits(`${key}:img`, 9)}_${stableDigits(`${key}:img2`, 17)}_n.jpg` };
      case 'linkedin':
        return { id: `urn:li:organization:${stableDigits(key, 8)}`, profileUrl: `https://www.linkedin.com/company/${username}/`,
          userImage: `https://media.licdn.com/dms/image/v2/${stable(`${key}:img`, 22, URL_SAFE)}/company-logo_200_200/0/${stableDigits(`${key}:t`, 13)}` };
      case 'pinterest':
        return { id: stableDigits(key, 18), profileUrl: `https://www.pinterest.com/${username}/`,
          userImage: `https://i.pinimg.com/280x280_RS/${stable(`${key}:img`, 32, HEX).replace(/^(..)(..)(..)/, '$1/$2/$3/')}.jpg` };
      case 'reddit':
        return { id: `t2_${stable(key, 8, BASE36)}`, profileUrl: `https://www.reddit.com/user/${username}/`,
          userImage: `https://styles.redditmedia.com/t5_${stable(`${key}:img`, 7, BASE36)}/styles/profileIcon_${stable(`${key}:i`, 12, BASE36)}.png` };
      case 'snapchat':
        return { id: stableUuid(key), profileUrl: `https://www.snapchat.com/add/${username}`,
          userImage: `https://cf-st.sc-cdn.net/aps/bolt/${stable(`${key}:img`, 32, URL_SAFE)}._RS0,90_FMjpeg.jpeg` };
      case 'telegram':
        return { id: `-100${stableDigits(key, 10)}`, profileUrl: `https://t.me/${username}`,
          userImage: `https://cdn4.telesco.pe/file/${stable(`${key}:img`, 64, URL_SAFE)}.jpg` };
      case 'threads':
        return { id: stableDigits(key, 17), profileUrl: `https://www.threads.net/@${username}`,
          userImage: `https://scontent.cdninstagram.com/v/t51.2885-19/${stableDigits(`${key}:img`, 9)}_${stableDigits(`${key}:img2`, 17)}_n.jpg` };
      case 'tiktok':
        return { id: stableDigits(key, 19), profileUrl: `https://www.tiktok.com/@${username}`,
          userImage: `https://p16-sign-va.tiktokcdn.com/tos-maliva-avt-0068/${stable(`${key}:img`, 32, HEX)}~c5_100x100.jpeg` };
      case 'youtube':
        return { id: `UC${stable(key, 22, URL_SAFE)}`, profileUrl: `https://www.youtube.com/${username}`,
          userImage: `https://yt3.ggpht.com/${stable(`${key}:img`, 40, URL_SAFE)}=s88-c-k-c0x00ffffff-no-rj` };
    }
  })();
  return { platform, displayName: title, created: createdIso, username, ...derived, ...seed };
}

function stableUuid(seed: string): string {
  return stable(seed, 32, HEX).replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
}

export interface PublishedContext {
  account: SocialAccount;
  text: string;
  hasVideo: boolean;
  subreddit?: string;
  spotlight?: boolean;
}

/** The `postIds[]` entry of a network that accepted the post, ids and URLs in that network's shape (§4.2). */
export function publishedResult(platform: Platform, { account, text, hasVideo, subreddit, spotlight }: PublishedContext): NetworkPostResult {
  const ok = (id: string | number, postUrl: string, extra: Partial<NetworkPostResult> = {}): NetworkPostResult => ({ status: 'success', id, postUrl, platform, ...extra });
  switch (platform) {
    case 'twitter': {
      // X snowflakes are 19 digits starting 18/19 in the 2020s.
      const id = `19${randomString(17, DIGITS)}`;
      return ok(id, `https://x.com/${account.username}/status/${id}`);
    }
    case 'bluesky': {
      const rkey = `3l${randomString(11, BASE32_LOWER)}`;
      return ok(`at://${account.id}/app.bsky.feed.post/${rkey}`, `https://bsky.app/profile/${account.username}/post/${rkey}`,
        { cid: `bafyrei${randomString(52, BASE32_LOWER)}` });
    }
    case 'facebook': {
      const id = `${account.id}_${randomDigits(16)}`;
      return ok(id, `https://www.facebook.com/${id}`);
    }
    case 'gmb': {
      const localPost = randomDigits(19);
      return ok(`${account.id}/localPosts/${localPost}`,
        `https://local.google.com/place?id=${account.profileUrl.split('cid=')[1] ?? randomDigits(19)}&use=posts&lpsid=CIHM0ogKEICAgI${randomString(10)}`,
        { type: 'localPosts' });
    }
    case 'instagram':
      return ok(randomDigits(17), `https://www.instagram.com/${hasVideo ? 'reel' : 'p'}/${randomString(11, URL_SAFE)}/`);
    case 'linkedin': {
      const id = `urn:li:share:${randomDigits(19)}`;
      return ok(id, `https://www.linkedin.com/feed/update/${id}`);
    }
    case 'pinterest': {
      const id = randomDigits(18);
      return ok(id, `https://www.pinterest.com/pin/${id}/`);
    }
    case 'reddit': {
      const id = randomString(7, BASE36);
      const words = slug(text.slice(0, 60), '_').slice(0, 50) || 'post';
      return ok(id, `https://www.reddit.com/r/${subreddit ?? 'test'}/comments/${id}/${words}/`);
    }
    case 'snapchat': {
      const id = randomUUID();
      return ok(id, spotlight ? `https://www.snapchat.com/spotlight/${id}` : `https://www.snapchat.com/add/${account.username}`);
    }
    case 'telegram': {
      // A message number in the channel, as a JSON number: the docs' own example answers `"id": 635`.
      const id = 100 + (randomBytes(2).readUInt16BE(0) % 9_000);
      return ok(id, `https://t.me/${account.username}/${id}`);
    }
    case 'threads':
      return ok(randomDigits(17), `https://www.threads.net/@${account.username}/post/${randomString(11, URL_SAFE)}`);
    case 'tiktok': {
      const id = `74${randomString(17, DIGITS)}`;
      return ok(id, `https://www.tiktok.com/@${account.username}/${hasVideo ? 'video' : 'photo'}/${id}`, { isVideo: hasVideo });
    }
    case 'youtube': {
      const id = randomString(11, URL_SAFE);
      return ok(id, `https://youtu.be/${id}`);
    }
  }
}

/** TikTok's answer before it finishes processing: `id: "pending"` plus a share id (§4.2, §6.3). */
export function pendingResult(platform: Platform, hasVideo: boolean): NetworkPostResult {
  return { status: 'success', id: 'pending', idShare: `v_pub_url~v2.${randomString(19, DIGITS)}`, isVideo: hasVideo, platform };
}

/** A comment id in the network's own shape (§4.14 `commentId`). */
export function socialCommentId(platform: Platform, socialPostId: string | number): string {
  socialPostId = String(socialPostId);
  switch (platform) {
    case 'facebook': return `${socialPostId.split('_')[1] ?? randomDigits(16)}_${randomDigits(16)}`;
    case 'linkedin': return `urn:li:comment:(urn:li:activity:${randomDigits(19)},${randomDigits(19)})`;
    case 'bluesky': return `${socialPostId.split('/app.bsky.feed.post/')[0]}/app.bsky.feed.post/3l${randomString(11, BASE32_LOWER)}`;
    case 'youtube': return `Ugz${randomString(23, URL_SAFE)}`;
    case 'reddit': return `t1_${randomString(7, BASE36)}`;
    case 'instagram':
    case 'threads': return randomDigits(17);
    default: return randomDigits(19);
  }
}
