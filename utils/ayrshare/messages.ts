import type { HandlersOf } from '../messaging/serve';
import { callEndpoint, type Credentials } from './client';

/**
 * A page's call of a named endpoint (endpoints.ts), made with the profile's credentials. The page
 * checks the reply against the endpoint's schema; the background only passes it on, scrubbed of keys.
 */
export function endpointMessages(credentialsFor: (profileId: string) => Promise<Credentials>): HandlersOf<'ayrshare/call'> {
  return {
    'ayrshare/call': async ({ profileId, endpoint, params }) => callEndpoint(await credentialsFor(profileId), endpoint, params),
  };
}
