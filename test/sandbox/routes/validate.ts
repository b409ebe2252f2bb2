// POST /validate/post, /validate/postLength and /validate/json (ayrshare-api.md §4.17):
// Ayrshare's own checks without publishing. Network-side outcomes (seeded rejections, X
// duplicates, Google's phone-number rule) are not predicted, as in production.
import { badParameters } from '../errors.ts';
import { NETWORK_RULES, X_LONG_POST_MAX_CHARS } from '../platforms.ts';
import { isRecord } from '../seed.ts';
import { networkIssue, notLinked } from '../validation/network-checks.ts';
import { parsePostRequest } from '../validation/post-request.ts';
import { codePointLength, graphemeLength, xWeightedLength } from '../validation/text.ts';
import { requireXCredentials } from '../x-credentials.ts';
import { jsonBody, reply } from './context.ts';
import type { ApiContext, ApiReply } from './context.ts';

export function validatePost(ctx: ApiContext): ApiReply {
  const { linked } = ctx.profile;
  const draft = parsePostRequest(jsonBody(ctx, 'post'), linked);
  requireXCredentials(ctx.request.headers, draft.platforms);

  const errors = [];
  const warnings = [];
  for (const platform of draft.platforms) {
    // An unlinked network is a warning here: the body is valid, the profile is not ready (§4.17).
    if (!linked.includes(platform)) {
      warnings.push({ action: 'post', status: 'warning', platform, ...notLinked(platform) });
      continue;
    }
    const issue = networkIssue(platform, draft);
    if (issue) errors.push({ action: 'post', status: 'error', platform, ...issue });
  }
  const extra = warnings.length > 0 ? { warnings } : {};
  if (errors.length > 0) return reply({ status: 'error', errors, ...extra }, 400);
  return reply({ status: 'success', message: 'No validation issues found.', ...extra });
}

/** The limits /validate/postLength reports, as its docs list them (§4.17). */
const MAX_CHAR_LIMITS = {
  bluesky: 300,
  facebook: NETWORK_RULES.facebook.maxChars!,
  gmb: NETWORK_RULES.gmb.maxChars!,
  instagram: NETWORK_RULES.instagram.maxChars!,
  linkedin: NETWORK_RULES.linkedin.maxChars!,
  pinterest: NETWORK_RULES.pinterest.maxChars!,
  reddit: NETWORK_RULES.reddit.maxChars!,
  tiktok: NETWORK_RULES.tiktok.maxChars!,
  twitter: NETWORK_RULES.twitter.maxChars!,
  twitterLong: X_LONG_POST_MAX_CHARS,
  youtube: NETWORK_RULES.youtube.maxChars!,
};

export function validatePostLength(ctx: ApiContext): ApiReply {
  const raw = jsonBody(ctx, 'postLength');
  if (!isRecord(raw) || typeof raw.post !== 'string') throw badParameters('postLength', '"post" must be a string.');
  const text = raw.post;
  const x = xWeightedLength(text);
  // Bluesky counts graphemes; the other networks here count characters.
  const lengths: Record<string, number> = { bluesky: graphemeLength(text) };
  const body: Record<string, unknown> = { status: 'success', post: text, twitterWeightedLength: x, twitterValid: x <= MAX_CHAR_LIMITS.twitter, twitterLongValid: x <= X_LONG_POST_MAX_CHARS };
  for (const [network, max] of Object.entries(MAX_CHAR_LIMITS)) {
    if (network === 'twitter' || network === 'twitterLong') continue;
    const length = lengths[network] ?? codePointLength(text);
    body[`${network}WeightedLength`] = length;
    body[`${network}Valid`] = length <= max;
  }
  body.maxCharLimits = MAX_CHAR_LIMITS;
  return reply(body);
}

/** `text/plain` body in, a verdict on whether it parses as JSON out. */
export function validateJson(ctx: ApiContext): ApiReply {
  const { body } = ctx.request;
  const text = body.kind === 'text' || body.kind === 'invalid-json' ? body.text : body.kind === 'json' ? JSON.stringify(body.value) : '';
  try {
    JSON.parse(text);
    return reply({ status: 'success', message: 'Valid JSON.' });
  } catch (error) {
    throw badParameters('validateJSON', `Invalid JSON: ${(error as Error).message}`);
  }
}
