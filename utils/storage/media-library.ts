import * as z from 'zod/mini';
import { profileSnapshot } from './profile-cache';
import { storedValue } from './stored-value';

/** A file of the profile's media library (GET /media, addendum §2c), as the Library tab shows it. */
export const LibraryItem = z.object({
  url: z.string(),
  name: z.string(),
  kind: z.enum(['image', 'video', 'other']),
  /** Bytes (Ayrshare sends a string). */
  size: z.optional(z.number()),
  createdAt: z.optional(z.number()),
  /** Ayrshare keeps uploads 90 days: a post using a file after that fails. */
  expiresAt: z.optional(z.number()),
  description: z.optional(z.string()),
});
export type LibraryItem = z.infer<typeof LibraryItem>;

export const LibrarySnapshot = profileSnapshot(z.array(LibraryItem));
export type LibrarySnapshot = z.infer<typeof LibrarySnapshot>;

/** Each profile's media library: shown at once when the Library tab opens, refreshed behind it. */
export const libraryCache = storedValue('mediaLibrary', z.array(LibrarySnapshot), []);
