import * as z from 'zod/mini';

/**
 * Everything that can go wrong between a click and Ayrshare's answer, as data. The background
 * records what happened; the page that shows it puts it into words (see describe.ts), so one
 * table of messages serves the popup, the options page and notifications alike.
 */
export type FailureKind =
  | 'offline'
  | 'unreachable'
  | 'timeout'
  | 'interrupted'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'xCredentials'
  | 'rateLimited'
  | 'server'
  | 'malformed'
  | 'rejected'
  | 'noApiKey'
  | 'noProfileKey'
  | 'badBaseUrl'
  | 'insecureBaseUrl'
  | 'notGranted'
  | 'testNeedsKey'
  | 'keyTooShort'
  | 'storageFull'
  | 'badRequest'
  | 'importNotJson'
  | 'importWrongFormat'
  | 'importNoName'
  | 'importNoKey'
  | 'missingName'
  | 'noNetwork'
  | 'noDefaultNetworks'
  | 'nothingSendable'
  | 'invalidFeatures'
  | 'tooLarge'
  | 'uploadFailed'
  | 'noPageAccess'
  | 'invalidSchedule'
  | 'queueNeedsPlan'
  | 'libraryNeedsPlan'
  | 'reachNeedsPlan'
  | 'urlCheckNeedsPlan'
  | 'noQueue'
  | 'queueNotShared'
  | 'unreachableMedia'
  | 'badMediaUrl'
  | 'unexpected';

export const Failure = z.object({
  // Read as a string: a kind this version does not know (written by a newer one) is described
  // as unexpected rather than refused, and the list of kinds costs no bytes in every bundle.
  kind: z.string() as unknown as z.ZodMiniType<FailureKind>,
  status: z.optional(z.number()),
  /** Ayrshare's error code, when it gave one. */
  code: z.optional(z.number()),
  /** Ayrshare's own words, already cleaned of anything secret and bounded in length. */
  said: z.optional(z.string()),
  /** The API host, for "could not reach …" messages. */
  host: z.optional(z.string()),
  /** How long the request was given, or how long Ayrshare asked us to wait. */
  ms: z.optional(z.number()),
  /** Which entry of a list (1-based) the failure is about, e.g. a profile in an import file. */
  item: z.optional(z.number()),
});
export type Failure = z.infer<typeof Failure>;

export class FailureError extends Error {
  override readonly name = 'FailureError';
  constructor(readonly failure: Failure) {
    super(`Sharebeam: ${failure.kind}${failure.status ? ` (HTTP ${failure.status})` : ''}`);
  }
}

/**
 * Failures where the same request may succeed later without anyone changing anything. A reply
 * that cannot be read is one: a proxy's error page or a cut-off answer says nothing about the post.
 */
export function isTransient(failure: Failure): boolean {
  return ['offline', 'unreachable', 'timeout', 'interrupted', 'rateLimited', 'server', 'malformed'].includes(failure.kind);
}

export function failureOf(error: unknown): Failure {
  return error instanceof FailureError ? error.failure : { kind: 'unexpected' };
}
