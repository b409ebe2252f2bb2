// `/_sandbox/*`: the sandbox's own controls, for the demo and for tools in another process.
// No auth, not recorded, not faulted: they drive the sandbox rather than stand in for Ayrshare.
import { checkFault } from './faults.ts';
import type { ParsedBody } from './http/body.ts';
import { parseSeed } from './seed.ts';
import type { Sandbox } from './types.ts';

export interface ControlAnswer {
  status: number;
  body: unknown;
}

export function handleControl(sandbox: Sandbox, method: string, path: string, query: URLSearchParams, body: ParsedBody): ControlAnswer {
  const json = body.kind === 'json' ? body.value : undefined;
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  try {
    switch (route) {
      case 'GET /_sandbox/health':
        return ok({ status: 'ok', now: new Date(sandbox.now()).toISOString() });
      case 'GET /_sandbox/requests':
        return ok(sandbox.requests);
      case 'POST /_sandbox/faults': {
        const faults = Array.isArray(json) ? json : [json];
        const checked = faults.map(checkFault);
        checked.forEach((f) => sandbox.fault(f));
        return { status: 201, body: { status: 'success', queued: checked.length } };
      }
      case 'DELETE /_sandbox/faults':
        sandbox.clearFaults();
        return ok({ status: 'success' });
      case 'POST /_sandbox/reset':
        sandbox.reset(json === undefined || json === null ? undefined : parseSeed(json, 'reset seed'));
        return ok({ status: 'success' });
      case 'GET /_sandbox/clock':
        return ok(clockState(sandbox));
      case 'POST /_sandbox/clock': {
        const advanceMs = (json as { advanceMs?: unknown } | undefined)?.advanceMs;
        if (typeof advanceMs !== 'number') return bad('POST /_sandbox/clock needs {"advanceMs": number}');
        sandbox.advanceClock(advanceMs);
        return ok(clockState(sandbox));
      }
      case 'GET /_sandbox/posts': {
        const profileKey = query.get('profileKey');
        return ok(sandbox.posts(profileKey === null || profileKey === '' ? null : profileKey));
      }
      default:
        return { status: 404, body: { status: 'error', message: `No sandbox control ${route}. See test/sandbox/README.md.` } };
    }
  } catch (error) {
    return bad((error as Error).message);
  }
}

function ok(body: unknown): ControlAnswer {
  return { status: 200, body };
}

function bad(message: string): ControlAnswer {
  return { status: 400, body: { status: 'error', message } };
}

function clockState(sandbox: Sandbox) {
  const now = sandbox.now();
  return { status: 'success', now: new Date(now).toISOString(), nowMs: now };
}
