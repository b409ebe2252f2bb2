import * as z from 'zod/mini';
import { Platform } from '../ayrshare/platforms';
import { NO_MEMORY } from './defaults';
import { storedValue } from './stored-value';

/** The profiles and networks of the last post sent, which the next new post starts with. */
export const ComposerMemory = z.object({ profileIds: z.array(z.string()), networks: z.array(Platform) });
export type ComposerMemory = z.infer<typeof ComposerMemory>;

export const composerMemory = storedValue('composerMemory', ComposerMemory, NO_MEMORY);
