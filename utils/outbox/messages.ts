import type { HandlersOf } from '../messaging/serve';
import { cancelSend, resume } from './deliver';
import { submitPost, type SubmitDeps } from './submit';

/** The composer's and the outbox list's messages: send, cancel, and send what is due now. */
export function outboxMessages(deps: SubmitDeps): HandlersOf<'post/submit' | 'outbox/cancel' | 'outbox/resume'> {
  return {
    'post/submit': (request) => submitPost(request, deps),
    'outbox/cancel': async ({ entryId }) => (await cancelSend(entryId, deps), {}),
    'outbox/resume': async () => (await resume(deps), {}),
  };
}
