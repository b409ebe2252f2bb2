import * as z from 'zod/mini';
import { oneOf } from '../one-of';
import { publicHttpsUrl } from '../urls';
import { Platform } from './platforms';
import { firstPublishDate, type PostContent } from './post-body';
import type { PostReply } from './post-reply';
import { cleanServerText } from './server-text';

export const NetworkOutcome = z.object({
  platform: Platform,
  status: oneOf(['published', 'scheduled', 'awaitingApproval', 'pending', 'failed', 'unreported']),
  /** The live post, only ever a public https URL (it is rendered as a link). */
  postUrl: z.optional(z.string()),
  /** The network's own error text, when it refused. */
  message: z.optional(z.string()),
  code: z.optional(z.number()),
});
export type NetworkOutcome = z.infer<typeof NetworkOutcome>;

/**
 * One outcome per network that was asked for, read from Ayrshare's per-network `postIds` and
 * `errors` (ayrshare-api.md §3, §4.2). A network Ayrshare did not report on is "unreported", so a
 * missing entry can never look like a success.
 */
export function outcomesOf(
  content: Pick<PostContent, 'platforms' | 'scheduleDate' | 'autoRepost' | 'requiresApproval' | 'autoSchedule'>,
  response: PostReply,
  secrets: readonly string[],
): NetworkOutcome[] {
  // A queued post waits for its slot like a scheduled one, whether or not the answer names it.
  const waiting = content.requiresApproval ? 'awaitingApproval' : firstPublishDate(content) || content.autoSchedule ? 'scheduled' : undefined;
  return content.platforms.map((platform): NetworkOutcome => {
    const failure = response.errors?.find((e) => e.platform === platform);
    if (failure) {
      return {
        platform,
        status: 'failed',
        message: failure.message ? cleanServerText(failure.message, secrets) : undefined,
        code: failure.code,
      };
    }
    const entry = response.postIds?.find((p) => p.platform === platform);
    if (entry) {
      const pending = entry.id === 'pending' || entry.status === 'pending';
      return { platform, status: pending ? 'pending' : 'published', postUrl: publicHttpsUrl(entry.postUrl) };
    }
    if (waiting && response.status !== 'error') return { platform, status: waiting };
    return { platform, status: 'unreported' };
  });
}

/**
 * The outcomes of a post Ayrshare made, from GET /post/:id: its status says when it waits as a
 * whole (approval, its scheduled time); otherwise each network's entry says where it stands.
 */
export function outcomesNow(platforms: readonly PostContent['platforms'][number][], response: PostReply, secrets: readonly string[]): NetworkOutcome[] {
  const whole = response.status === 'awaiting approval' ? 'awaitingApproval' : response.status === 'pending' ? 'scheduled' : undefined;
  if (whole) return platforms.map((platform) => ({ platform, status: whole }));
  return outcomesOf({ platforms: [...platforms] }, response, secrets);
}
