import { ask } from '../ayrshare/ask';
import { failureOf, type Failure } from '../ayrshare/failure';
import { byPlan, isPlanRefusal } from '../ayrshare/plan';

/** Whether Ayrshare can fetch a media address: yes; no, and why; or it could not be asked (the plan). */
export type UrlCheck = { reachable: true } | { reachable: false; failure: Failure } | { unchecked: Failure };

/**
 * Asks Ayrshare whether it can fetch a media address before a post uses it (POST
 * /media/urlExists, addendum §2d): a HEAD request from Ayrshare's side. The docs show the answer
 * `{status: "error", statusCode: 404, statusText: "Not Found"}`, without saying whether it comes
 * with HTTP 200 or a 4xx: both are read. A refusal by the plan leaves the address unchecked.
 */
export async function checkMediaUrl(profileId: string, mediaUrl: string, host?: string): Promise<UrlCheck> {
  try {
    const reply = await ask(profileId, 'mediaUrlExists', { json: { mediaUrl } }, host);
    const failed = reply.status === 'error' || (reply.statusCode !== undefined && reply.statusCode >= 400);
    if (!failed) return { reachable: true };
    const said = [reply.statusCode, reply.statusText].filter((part) => part !== undefined).join(' ');
    return { reachable: false, failure: { kind: 'unreachableMedia', said: said || undefined } };
  } catch (error) {
    const failure = failureOf(error);
    const plan = byPlan('urlCheck', failure);
    if (isPlanRefusal(plan)) return { unchecked: plan };
    if (failure.kind === 'rejected' || failure.kind === 'notFound') {
      return { reachable: false, failure: { kind: 'unreachableMedia', said: failure.said ?? (failure.status ? `HTTP ${failure.status}` : undefined) } };
    }
    throw error;
  }
}
