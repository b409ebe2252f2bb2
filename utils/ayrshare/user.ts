import * as z from 'zod/mini';

/** GET /user (ayrshare-api.md §4.1). `activeSocialAccounts` is omitted when nothing is linked. */
export const UserResponse = z.object({
  activeSocialAccounts: z.optional(z.array(z.string())),
  displayNames: z.optional(
    z.array(
      z.object({
        platform: z.string(),
        displayName: z.optional(z.string()),
        username: z.optional(z.string()),
        profileUrl: z.optional(z.string()),
      }),
    ),
  ),
  title: z.optional(z.string()),
});
export type UserResponse = z.infer<typeof UserResponse>;
