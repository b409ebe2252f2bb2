// One /api request from start to answer: route, authenticate, rate-limit, plan gate, bring the
// clock's effects up to date, run the handler. Every answer carries the rate-limit headers (§5.3).
import { planAllows } from './account.ts';
import { authenticate } from './auth.ts';
import type { SandboxClock } from './clock.ts';
import { ApiError, ERROR_CODES, apiError, errorBody } from './errors.ts';
import { settle } from './publishing.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { ApiReply, ApiRequest } from './routes/context.ts';
import { matchRoute } from './routes/index.ts';
import type { SandboxState } from './store.ts';

export interface ApiRuntime {
  state: SandboxState;
  clock: SandboxClock;
  limiter: RateLimiter;
  origin: string;
}

const PLAN_NAMES = { basic: 'Basic', premium: 'Premium', business: 'Business' } as const;

/** Requests without a valid key share one bucket so their answers still carry the headers. */
const ANONYMOUS_BUCKET = '\u0000anonymous';

export async function handleApiRequest(runtime: ApiRuntime, request: ApiRequest): Promise<ApiReply> {
  const { state, clock, limiter } = runtime;
  const max = state.account.rateLimitMax;
  let rateHeaders: Record<string, string> = {};
  try {
    const match = matchRoute(request.method, request.path);
    if (match === null) throw apiError(404, 'request', ERROR_CODES.unknownEndpoint, `Unknown endpoint ${request.method} /api${request.path.slice(0, 100)}.`);
    if (match === 'methodNotAllowed') throw apiError(405, 'request', ERROR_CODES.methodNotAllowed, `Method ${request.method} is not allowed on /api${request.path.slice(0, 100)}.`);

    let profile;
    try {
      profile = authenticate(state.account, request.headers);
    } catch (error) {
      rateHeaders = limiter.hit(ANONYMOUS_BUCKET, max, clock.now()).headers;
      throw error;
    }

    const verdict = limiter.hit(profile.key ?? '', max, clock.now());
    rateHeaders = verdict.headers;
    if (verdict.suspend) profile.suspended = true;
    if (!verdict.allowed) {
      throw apiError(429, 'request', ERROR_CODES.rateLimited,
        `Rate limit exceeded: ${max} requests per 5 minutes per profile. Wait for the window to reset (x-ratelimit-reset) before retrying.`);
    }

    const { route, params } = match;
    if (!planAllows(state.account.plan, route.plan)) {
      throw apiError(403, 'request', ERROR_CODES.planRequired, `${request.method} /api${route.path} requires a ${PLAN_NAMES[route.plan]} plan or higher.`);
    }

    settle(state, clock.now());
    const answer = await route.handler({ state, clock, request, params, profile, origin: runtime.origin });
    return { ...answer, headers: { ...rateHeaders, ...answer.headers } };
  } catch (error) {
    if (error instanceof ApiError) return { status: error.httpStatus, body: error.body, headers: { ...rateHeaders, ...error.headers } };
    console.error('[sandbox] handler failed', error);
    return { status: 500, body: errorBody('request', ERROR_CODES.internalError, 'Internal sandbox error. See the sandbox console.'), headers: rateHeaders };
  }
}
