// The checks the composer runs on every keystroke: one counter per selected network, and every
// reason a network would refuse the draft (`problems`: that network is not sent) or quietly
// change it (`warnings`: it is sent, and the user is told). Pure and small: it runs in the
// popup's first paint. Option values are checked here only where a rule needs them; their
// format (URLs, enums) is validated with the option panels in options.ts.
import type { Platform } from '../ayrshare/platforms';
import { codePointLength, countFor, urlsIn } from './count';
import { NETWORK_RULES, REDDIT_TITLE_LIMIT, SPOTLIGHT_TEXT_LIMIT, X_LONG_POST_LIMIT, YOUTUBE_TITLE_LIMIT } from './rules';
import type { NetworkProblem, ProblemDetail, ProblemKind, RulesInput } from './types';

export type { NetworkProblem } from './types';

export interface Counter {
  platform: Platform;
  used: number;
  limit: number;
}

export interface DraftCheck {
  counters: Counter[];
  /** Ordered per network, most pressing first; the composer names the first and lists the rest. */
  problems: NetworkProblem[];
  warnings: NetworkProblem[];
}

// How Ayrshare's sandbox and the networks' docs recognise tags (§6.3).
const HASHTAG = /(?:^|\s)#[\p{L}\p{N}_]+/gu;
const MENTION = /(?:^|\s)@[\w.]+/g;
// Google rejects Business Profile posts containing a phone number (§6.3): North American
// numbers, as the sandbox checks, and anything written in international "+…" form.
const PHONE = /\+\d[\d\s().-]{6,}\d|\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b/;
// One top-level `disableComments` covers these three networks together (§4.2).
const COMMENT_SWITCH: readonly Platform[] = ['instagram', 'linkedin', 'tiktok'];

/** Checks `input` against the rules of each of `platforms`, in the order given. */
export function checkDraft(input: RulesInput, platforms: readonly Platform[]): DraftCheck {
  const text = input.text.trim();
  const comment = input.firstComment?.trim() ?? '';
  const { media, options } = input;
  const result: DraftCheck = { counters: [], problems: [], warnings: [] };
  const flags = options as Partial<Record<Platform, { disableComments?: boolean }>>;
  const commentsOff = platforms.some((p) => COMMENT_SWITCH.includes(p) && flags[p]?.disableComments);

  for (const platform of platforms) {
    const rule = NETWORK_RULES[platform];
    const add =
      (list: NetworkProblem[]) =>
      <K extends ProblemKind>(kind: K, ...detail: object extends ProblemDetail<K> ? [ProblemDetail<K>?] : [ProblemDetail<K>]) =>
        list.push({ platform, kind, ...detail[0] } as NetworkProblem);
    const problem = add(result.problems);
    const warn = add(result.warnings);

    const videos = media.filter((m) => m.kind === 'video' || (m.kind === 'gif' && rule.gifIsVideo)).length;
    const documents = media.filter((m) => m.kind === 'document').length;
    const images = media.length - videos - documents;
    const placement = platform === 'instagram' ? options.instagram?.placement : undefined;
    const spotlight = platform === 'snapchat' && options.snapchat?.placement === 'spotlight';
    // YouTube, reels and Spotlight take exactly one video and nothing else.
    const reel = placement === 'reel' || (platform === 'facebook' && options.facebook?.reels);
    const oneVideo = rule.needs === 'oneVideo' || reel || spotlight;

    const limit = platform === 'twitter' && options.twitter?.longPost ? X_LONG_POST_LIMIT : rule.textLimit;
    const used = countFor(platform, text);
    result.counters.push({ platform, used, limit: spotlight ? SPOTLIGHT_TEXT_LIMIT : limit });

    if (platform === 'twitter' && input.xKeysSaved === false) problem('xKeysMissing');
    if (!text && media.length === 0) problem('empty');
    else if (!text && !rule.mediaOnly) problem('needsText');
    else if (rule.needs === 'any' && media.length === 0 && !oneVideo) problem('needsMedia');
    if (oneVideo && (media.length !== 1 || videos !== 1)) {
      problem('needsOneVideo', reel ? { format: 'reel' } : spotlight ? { format: 'spotlight' } : {});
    }

    if (used > limit) {
      if (rule.truncates) warn('truncated', { max: limit });
      else problem('tooLong', { used, limit });
    } else if (spotlight && used > SPOTLIGHT_TEXT_LIMIT) {
      warn('truncated', { max: SPOTLIGHT_TEXT_LIMIT });
    }

    if (!oneVideo) {
      const maxMedia = placement === 'story' ? 1 : rule.maxMedia;
      if (documents && !rule.documents) problem('refusedDocument');
      else if (documents && media.length > 1) problem('documentAlone');
      if (videos && images && !rule.mixes) problem('mixedMedia');
      if (videos > rule.maxVideos) problem(rule.maxVideos ? 'oneVideo' : 'refusedVideo');
      if (media.length > maxMedia) problem('tooManyMedia', { max: maxMedia });
      const refused = media.find((m) => m.kind !== 'video' && m.ext && rule.refusedExt?.includes(m.ext));
      if (refused) problem('refusedExtension', { ext: refused.ext! });
      if (videos && rule.videoNeedsCover) problem('needsCover');
    }

    if (platform === 'reddit') {
      const title = options.reddit?.title?.trim();
      const subreddit = options.reddit?.subreddit?.trim();
      if (!title) problem('missingOption', { field: 'title' });
      else if (codePointLength(title) > REDDIT_TITLE_LIMIT) problem('optionTooLong', { field: 'title', max: REDDIT_TITLE_LIMIT });
      if (!subreddit) problem('missingOption', { field: 'subreddit' });
      else if (/^\/?r\//i.test(subreddit)) problem('subredditPrefix');
      else if (!/^\w{2,21}$/.test(subreddit)) problem('invalidOption', { field: 'subreddit' });
      // Image and link posts on Reddit have no body (§6.3).
      if (text && (media.length || options.reddit?.link?.trim())) warn('textIgnored');
    }
    if (platform === 'youtube') {
      const title = options.youtube?.title?.trim();
      if (!title) problem('missingOption', { field: 'title' });
      else if (codePointLength(title) > YOUTUBE_TITLE_LIMIT) problem('optionTooLong', { field: 'title', max: YOUTUBE_TITLE_LIMIT });
      else if (/[<>]/.test(title)) problem('titleBrackets');
    }
    if (platform === 'gmb' && PHONE.test(text)) problem('phoneNumber');
    // Instagram stories show the media only (Ayrshare's Instagram page).
    if (placement === 'story' && text) warn('textIgnored');

    const hashtags = text.match(HASHTAG)?.length ?? 0;
    if (rule.maxHashtags !== undefined && hashtags > rule.maxHashtags) problem('tooManyHashtags', { max: rule.maxHashtags });
    else if (rule.softMaxHashtags !== undefined && hashtags > rule.softMaxHashtags) warn('manyHashtags', { max: rule.softMaxHashtags });
    if (rule.maxMentions !== undefined && (text.match(MENTION)?.length ?? 0) > rule.maxMentions) {
      problem('tooManyMentions', { max: rule.maxMentions });
    }
    if (rule.maxLinks !== undefined && new Set(urlsIn(text)).size > rule.maxLinks) problem('tooManyLinks', { max: rule.maxLinks });

    if (comment) {
      const length = codePointLength(comment);
      if (rule.firstCommentLimit !== undefined && length > rule.firstCommentLimit) {
        problem('firstCommentTooLong', { used: length, limit: rule.firstCommentLimit });
      }
      // TikTok adds first comments to public videos only (§4.2).
      if (platform === 'tiktok' && (options.tiktok?.visibility ?? 'public') !== 'public') problem('firstCommentNeedsPublic');
    }
    if (commentsOff && COMMENT_SWITCH.includes(platform) && !flags[platform]?.disableComments) warn('commentsOff');
  }
  return result;
}
