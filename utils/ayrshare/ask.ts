import * as z from 'zod/mini';
import { ayrshareCall } from '../messaging/protocol';
import { send } from '../messaging/send';
import type { EndpointParams, PageEndpoint } from './endpoints';
import { FailureError } from './failure';
import { REPLIES, type ReplyTo } from './replies';

/**
 * Asks the background to call a named Ayrshare endpoint for a profile, and checks the reply
 * against that endpoint's schema: a reply that does not hold what the page acts on is a
 * "malformed" failure naming the API host.
 */
export async function ask<N extends PageEndpoint>(profileId: string, endpoint: N, params: EndpointParams[N], host?: string): Promise<ReplyTo<N>> {
  const reply = z.safeParse(REPLIES[endpoint] as z.ZodMiniType, await send(ayrshareCall, { profileId, endpoint, params }));
  if (!reply.success) throw new FailureError({ kind: 'malformed', host });
  return reply.data as ReplyTo<N>;
}
