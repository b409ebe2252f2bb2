import * as z from 'zod/mini';
import { FailureError } from '../ayrshare/failure';
import { apiCall } from '../messaging/protocol';
import { send } from '../messaging/send';
import { networkOptionsBody } from '../networks/options';
import { buildPost } from './build-post';
import type { Draft } from './draft';
import type { Platform } from '../ayrshare/platforms';

const ValidateResponse = z.object({
  status: z.string(),
  message: z.optional(z.string()),
  warnings: z.optional(z.array(z.object({ message: z.optional(z.string()), code: z.optional(z.number()), platform: z.optional(z.string()) }))),
});

/**
 * Ayrshare's own check of the post (POST /validate/post, Premium plans): nothing is published.
 * Resolves with its warnings (empty when it found nothing); its refusals come back as failures.
 */
export async function validateWithAyrshare(state: Draft, profileId: string, platforms: readonly Platform[]): Promise<string[]> {
  const built = buildPost(state, platforms, networkOptionsBody);
  if ('invalid' in built) throw new FailureError({ kind: built.invalid === 'features' ? 'invalidFeatures' : 'invalidSchedule' });
  const reply = z.safeParse(ValidateResponse, await send(apiCall, { profileId, method: 'post', path: 'validate/post', json: built.content }));
  if (!reply.success) throw new FailureError({ kind: 'malformed' });
  return (reply.data.warnings ?? []).map((w) => [w.platform, w.message].filter(Boolean).join(': '));
}
