import { describe, expect, it } from 'vitest';
import { describeError, describeFailure } from '@/utils/ayrshare/describe';
import { FailureError } from '@/utils/ayrshare/failure';

describe('failures in words', () => {
  it('tells the user where to fix a rejected key', () => {
    expect(describeFailure({ kind: 'unauthorized', status: 401 })).toBe(
      'Ayrshare did not accept the API key (HTTP 401). Check the key in Options.',
    );
  });

  it("quotes Ayrshare's own message with its code", () => {
    expect(describeFailure({ kind: 'rejected', status: 400, code: 101, said: 'Missing or incorrect parameters.' })).toBe(
      'Missing or incorrect parameters. (Ayrshare error 101)',
    );
  });

  it('names the server that could not be reached, and the time it was given', () => {
    expect(describeFailure({ kind: 'unreachable', host: '127.0.0.1:9' })).toContain('Could not reach 127.0.0.1:9.');
    expect(describeFailure({ kind: 'timeout', host: 'api.ayrshare.com', ms: 15_000 })).toBe(
      'api.ayrshare.com did not answer within 15 seconds.',
    );
  });

  it('says when to try again after a rate limit', () => {
    expect(describeFailure({ kind: 'rateLimited', status: 429, ms: 30_000 })).toBe('Too many requests to Ayrshare. Try again in 30 seconds.');
    expect(describeFailure({ kind: 'rateLimited', status: 429, ms: 300_000 })).toBe('Too many requests to Ayrshare. Try again in 5 minutes.');
  });

  it('asks for the X app credentials when Ayrshare needs them', () => {
    expect(describeFailure({ kind: 'xCredentials', status: 419 })).toContain('X API key and secret');
  });

  it('does not show the internals of an unexpected error', () => {
    expect(describeError(new TypeError('x is undefined'))).toBe(
      'Something went wrong inside Sharebeam. Try again; if it keeps happening, please report it.',
    );
    expect(describeError(new FailureError({ kind: 'noApiKey' }))).toBe('No Ayrshare API key is saved. Add it in Options.');
  });
});
