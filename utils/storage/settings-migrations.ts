/**
 * Settings written by older versions of Sharebeam, lifted to the current shape. Each step takes
 * the previous version's exact shape; test/unit/storage/settings-migrations.test.ts keeps a
 * fixture of every version ever released.
 */
export const SETTINGS_VERSION = 3;

type Raw = Record<string, unknown>;

const steps: Record<number, (old: Raw) => Raw> = {
  // v1 (0.1.0) had no version field and user profiles as {id, name}, without the primary profile.
  2: (v1) => {
    const users = Array.isArray(v1.profiles) ? (v1.profiles as Raw[]) : [];
    const defaults = { networks: [], shortenLinks: false, autoHashtag: false, requiresApproval: false };
    return {
      ...v1,
      version: 2,
      profiles: [
        { id: 'primary', name: '', defaults },
        ...users.map((p) => ({ id: String(p.id), name: String(p.name), defaults })),
      ],
    };
  },
  // v3 (issue 13): share-now can be turned off; it stays on for those who had it.
  3: (v2) => ({ ...v2, version: 3, shareNow: true }),
};

export function migrateSettings(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  let value = raw as Raw;
  let version = typeof value.version === 'number' ? value.version : 1;
  while (version < SETTINGS_VERSION) {
    version += 1;
    const step = steps[version];
    if (step) value = step(value);
  }
  return value;
}
