// Ayrshare-style error bodies (ayrshare-api.md §3) and the codes the sandbox answers with.
// Only some codes are documented (§5.2); the rest are the sandbox's own choice and are listed
// as such in README.md. Clients should branch on documented codes only.

export const ERROR_CODES = {
  // Documented (§5.2).
  missingParameters: 101,
  duplicateStatus: 110,
  xLongPostWithoutPremium: 111,
  mediaUrlInvalid: 136,
  notLinked: 156,
  xOneCredentialHeaderMissing: 400,
  xCredentialsRequired: 419,
  // The sandbox's choice: Ayrshare's catalogue was not retrievable (§9.9).
  invalidApiKey: 102,
  rateLimited: 104,
  textRequired: 119,
  textTooLong: 120,
  mediaRequired: 121,
  tooManyMedia: 122,
  imagesAndVideoMixed: 123,
  unsupportedMedia: 124,
  missingNetworkOption: 125,
  invalidNetworkOption: 126,
  tagLimit: 127,
  deleteNotSupported: 128,
  networkRejectedContent: 129,
  postNotFound: 130,
  postNotUpdatable: 131,
  retryNotAllowed: 132,
  postAlreadyDeleted: 133,
  idempotencyKeyReused: 137,
  mediaTooLarge: 139,
  unknownEndpoint: 140,
  methodNotAllowed: 141,
  invalidJson: 142,
  profileKeyNotFound: 147,
  profileSuspended: 148,
  planRequired: 149,
  commentsNotSupported: 150,
  scheduleNotFound: 151,
  socialAnalyticsUnavailable: 152,
  internalError: 500,
} as const;

export interface ErrorBody {
  action: string;
  status: 'error';
  code: number;
  message: string;
  [extra: string]: unknown;
}

/** Thrown by handlers; the dispatcher turns it into the HTTP answer. */
export class ApiError extends Error {
  constructor(
    readonly httpStatus: number,
    readonly body: ErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.message);
  }
}

export function errorBody(action: string, code: number, message: string, extra: Record<string, unknown> = {}): ErrorBody {
  return { action, status: 'error', code, message, ...extra };
}

export function apiError(
  httpStatus: number,
  action: string,
  code: number,
  message: string,
  extra: Record<string, unknown> = {},
): ApiError {
  return new ApiError(httpStatus, errorBody(action, code, message, extra));
}

/** 101 is Ayrshare's generic "missing or incorrect parameters" (§5.2); the docs' text, then the detail. */
export function badParameters(action: string, detail: string): ApiError {
  return apiError(400, action, ERROR_CODES.missingParameters, `Missing or incorrect parameters. Please verify with the docs. ${detail}`);
}

export function postNotFound(action: string, id: unknown): ApiError {
  const shown = typeof id === 'string' ? ` ${id.slice(0, 64)}` : '';
  return apiError(404, action, ERROR_CODES.postNotFound, `Post id${shown} not found. Check the Ayrshare Post ID and the Profile-Key it was created with.`);
}
