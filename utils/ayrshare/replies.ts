import * as z from 'zod/mini';
import type { PageEndpoint } from './endpoints';
import { HistoryReply, PostErrorEntry, PostIdEntry, PostReply } from './post-reply';

/**
 * What each endpoint a page may call answers, as far as pages read it (ayrshare-api.md §4 and the
 * addendum). Only pages load this module: the background passes replies through and checks only
 * those it acts on itself (post-reply.ts). As there, unknown fields are ignored and only what is
 * acted on is checked; the docs' example replies parse in test/unit/ayrshare/replies.test.ts.
 */

/**
 * A post as the history page reads it (§4.3, §4.7): what the worker reads of it, and the post's
 * text, networks, times and notes, which network copies were removed and which failures may be
 * retried. Times and notes are read by history/entry.ts rather than by
 * union schemas, which would weigh in every bundle.
 */
export const HistoryPost = z.object({
  ...PostReply.shape,
  postIds: z.optional(
    z.array(
      z.object({
        ...PostIdEntry.shape,
        /** The sandbox marks a network copy removed while another network kept the post. */
        deleted: z.optional(z.boolean()),
      }),
    ),
  ),
  errors: z.optional(z.array(z.object({ ...PostErrorEntry.shape, retryAvailable: z.optional(z.boolean()) }))),
  /** A post is listed even without it (shown as pending). */
  status: z.optional(z.string()),
  post: z.optional(z.string()),
  platforms: z.optional(z.array(z.string())),
  /** A time (see msOf). */
  created: z.optional(z.unknown()),
  /** A time (see msOf), or null when not scheduled. */
  scheduleDate: z.optional(z.unknown()),
  /** A string, or null. */
  notes: z.optional(z.unknown()),
  type: z.optional(z.string()),
  retryAvailable: z.optional(z.boolean()),
  retried: z.optional(z.boolean()),
});
export type HistoryPost = z.infer<typeof HistoryPost>;

/** GET /user (§4.1). `activeSocialAccounts` is omitted when nothing is linked. */
export const UserReply = z.object({
  activeSocialAccounts: z.optional(z.array(z.string())),
  displayNames: z.optional(
    z.array(
      z.object({
        platform: z.string(),
        displayName: z.optional(z.string()),
        username: z.optional(z.string()),
        profileUrl: z.optional(z.string()),
        /** The account's picture "at the time of linking" (addendum §3b). */
        userImage: z.optional(z.string()),
      }),
    ),
  ),
  title: z.optional(z.string()),
});
export type UserReply = z.infer<typeof UserReply>;

/**
 * A network's own id for a post or a comment: a string on most networks, a number on Telegram (the
 * docs' own POST /post example answers `"id": 635`, ayrshare-api.md §4.2); see socialId().
 */
const SocialId = z.unknown();

/** A social id as text, when it is one (a string or a number); undefined for anything else. */
export function socialId(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** GET /comments/:id (§4.14): one comment of a network's list. Only `commentId`, the network's own id, is documented. */
export const CommentReply = z.object({
  comment: z.optional(z.string()),
  commentId: z.optional(SocialId),
  created: z.optional(z.unknown()),
  from: z.optional(z.object({ name: z.optional(z.string()), username: z.optional(z.string()) })),
});

/** GET /comments/:id, POST /comments and POST /analytics/post: a few fields, then one key per network. */
export const PerNetworkReply = z.looseObject({});

/** One network of POST /comments (§4.14): the network's id of the new comment, or its refusal. */
export const NetworkCommentReply = z.object({
  status: z.optional(z.string()),
  commentId: z.optional(SocialId),
  message: z.optional(z.string()),
});

/** One network of POST /analytics/post (§4.13): the live post and its numbers, or the network's error. */
export const NetworkAnalyticsReply = z.object({
  status: z.optional(z.string()),
  postUrl: z.optional(z.string()),
  analytics: z.optional(z.looseObject({})),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
});

/** DELETE /post (§4.4); with `deleteAllScheduled`, the count is the sandbox's: Ayrshare documents none. */
export const DeleteReply = z.object({ deleted: z.optional(z.number()) });

/** POST /validate/post (§4.17): nothing found, or warnings; its refusals arrive as failures. */
export const ValidateReply = z.object({
  status: z.string(),
  message: z.optional(z.string()),
  warnings: z.optional(z.array(z.object({ message: z.optional(z.string()), code: z.optional(z.number()), platform: z.optional(z.string()) }))),
});

/**
 * POST /media/urlExists (addendum §2d): `{status: "success", statusCode: 200, contentType}` or
 * `{status: "error", statusCode: 404, statusText: "Not Found"}`.
 */
export const UrlExistsReply = z.object({
  status: z.optional(z.string()),
  statusCode: z.optional(z.number()),
  statusText: z.optional(z.string()),
  contentType: z.optional(z.string()),
});

/** Every endpoint a page calls, with what its reply must hold. A reply no page acts on is any JSON. */
export const REPLIES = {
  user: UserReply,
  /** GET /profiles (§4.11): the titles of the account's User Profiles, never their keys. */
  profiles: z.object({ profiles: z.array(z.object({ title: z.string() })) }),
  history: HistoryReply,
  /**
   * GET /post/:id: the post, or (another doc version) an array holding it; history/api.ts reads
   * either with onePost and HistoryPost (a union here would put zod's union code in the popup).
   */
  post: z.unknown(),
  deletePost: DeleteReply,
  updatePost: z.unknown(),
  retryPost: z.unknown(),
  postAnalytics: PerNetworkReply,
  comments: PerNetworkReply,
  addComment: PerNetworkReply,
  deleteComment: z.unknown(),
  validatePost: ValidateReply,
  /**
   * GET /auto-schedule/list (addendum §1b): `schedules` keyed by title in the docs' example, an
   * array in their text; queue/schedules.ts reads either, one schedule at a time.
   */
  schedules: z.object({ schedules: z.optional(z.unknown()) }),
  setSchedule: z.unknown(),
  deleteSchedule: z.unknown(),
  /** GET /media (addendum §2c): a bare array, each item read on its own (media/library.ts). */
  mediaLibrary: z.array(z.unknown()),
  mediaUrlExists: UrlExistsReply,
  /** POST /analytics/social (addendum §3a): a key per network, read by reach/followers.ts. */
  accountAnalytics: PerNetworkReply,
  /** POST /media/upload (§4.8): the public URL of the file. */
  uploadMedia: z.object({ url: z.string() }),
  /** GET /media/uploadUrl (§4.9): where to PUT the bytes, and the URL to post. */
  uploadUrl: z.object({ uploadUrl: z.string(), accessUrl: z.string(), contentType: z.optional(z.string()) }),
} satisfies { [N in PageEndpoint]: z.ZodMiniType };

export type ReplyTo<N extends PageEndpoint> = z.infer<(typeof REPLIES)[N]>;
