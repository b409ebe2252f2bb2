import { ask } from '../ayrshare/ask';
import { FailureError } from '../ayrshare/failure';
import { networkOptionsBody } from '../networks/options';
import { buildPost } from './build-post';
import type { Draft } from './draft';
import type { Platform } from '../ayrshare/platforms';

/**
 * Ayrshare's own check of the post (POST /validate/post, Premium plans): nothing is published.
 * Resolves with its warnings (empty when it found nothing); its refusals come back as failures.
 */
export async function validateWithAyrshare(state: Draft, profileId: string, platforms: readonly Platform[]): Promise<string[]> {
  const built = buildPost(state, platforms, networkOptionsBody);
  if ('invalid' in built) throw new FailureError({ kind: built.invalid === 'features' ? 'invalidFeatures' : 'invalidSchedule' });
  const reply = await ask(profileId, 'validatePost', { json: built.content });
  return (reply.warnings ?? []).map((w) => [w.platform, w.message].filter(Boolean).join(': '));
}
