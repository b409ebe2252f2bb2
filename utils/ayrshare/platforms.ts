import * as z from 'zod/mini';

// The list itself has no zod, so that code drawing the popup's first paint can use it alone.
import { PLATFORMS } from './platform-list';

export { PLATFORMS };

// z.literal with a list checks exactly what z.enum does, in a third of z.enum's bytes in the
// service worker (the worker's fixed lists all use it).
export const Platform = z.literal(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

export function isPlatform(value: unknown): value is Platform {
  return (PLATFORMS as readonly unknown[]).includes(value);
}
