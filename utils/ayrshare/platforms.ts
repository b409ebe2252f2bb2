import type * as z from 'zod/mini';
import { oneOf } from '../one-of';

// The list itself has no zod, so that code drawing the popup's first paint can use it alone.
import { PLATFORMS } from './platform-list';

export { PLATFORMS };

export const Platform = oneOf(PLATFORMS);
export type Platform = z.infer<typeof Platform>;

export function isPlatform(value: unknown): value is Platform {
  return (PLATFORMS as readonly unknown[]).includes(value);
}
