import { ask } from '../ayrshare/ask';
import { FailureError } from '../ayrshare/failure';
import { buildPost } from './build-post';
import type { DraftState } from './draft-state';
import type { Platform } from '../ayrshare/platforms';

/**
 * Ayrshare's own check of the post (POST /validate/post, Premium plans): nothing is published.
 * Resolves with its warnings (empty when it found nothing); its refusals come back as failures.
 */
export async function validateWithAyrshare(state: DraftState, profileId: string, platforms: readonly Platform[]): Promise<string[]> {
  const built = buildPost(state, platforms);
  if ('invalid' in built) throw new FailureError({ kind: built.invalid === 'features' ? 'invalidFeatures' : 'invalidSchedule' });
  const reply = await ask(profileId, 'validatePost', { json: built.content });
  return (reply.warnings ?? []).map((w) => [w.platform, w.message].filter(Boolean).join(': '));
}
