// The sandbox's public surface, for tests, the demo and benchmarks.
export { startSandbox, DEFAULT_HOST, DEFAULT_PORT } from './server.ts';
export { DEFAULT_SEED, DEMO_API_KEY, parseSeed } from './seed.ts';
export { PLATFORMS } from './platforms.ts';
export { ERROR_CODES } from './errors.ts';
export type * from './types.ts';
