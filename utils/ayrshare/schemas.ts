import * as z from 'zod/mini';

/**
 * Ayrshare's replies, as much of them as Sharebeam reads. Unknown fields are ignored: Ayrshare
 * adds fields over time and per network (bluesky `cid`, instagram `usedQuota`…), and an extra
 * field must never turn a successful post into a "malformed reply".
 */

export const PostIdEntry = z.object({
  platform: z.string(),
  status: z.optional(z.string()),
  id: z.optional(z.string()),
  postUrl: z.optional(z.string()),
});

export const PostErrorEntry = z.object({
  platform: z.optional(z.string()),
  code: z.optional(z.number()),
  message: z.optional(z.string()),
});

/**
 * POST /post (ayrshare-api.md §4.2). Success is per network: the top-level `status` is "error" as
 * soon as one network failed, while the others keep their entries in `postIds`.
 */
export const PostResponse = z.object({
  status: z.string(),
  id: z.optional(z.string()),
  postIds: z.optional(z.array(PostIdEntry)),
  errors: z.optional(z.array(PostErrorEntry)),
});
export type PostResponse = z.infer<typeof PostResponse>;
