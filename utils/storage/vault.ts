import { browser } from 'wxt/browser';

/**
 * The keys are kept encrypted (AES-GCM) in `storage.local`, so that no page's storage listener,
 * no storage viewer and no copy of the stored values ever holds them in clear: every extension
 * page that listens to storage changes receives each change, keys included. The AES key is made by
 * the background on its first write of keys and kept under "vault", written once, on its own
 * (README, "Security", says what this protects and what it does not).
 */

const AES = { name: 'AES-GCM', length: 256 };
const USES: KeyUsage[] = ['encrypt', 'decrypt'];
let vaultKey: Promise<CryptoKey> | undefined;

function key(): Promise<CryptoKey> {
  vaultKey ??= (async () => {
    const area = browser.storage.local;
    let { vault } = await area.get('vault');
    if (!vault) {
      vault = await crypto.subtle.exportKey('jwk', await crypto.subtle.generateKey(AES, true, USES));
      await area.set({ vault });
    }
    return crypto.subtle.importKey('jwk', vault as JsonWebKey, AES, false, USES);
  })().catch((error: unknown) => {
    vaultKey = undefined;
    throw error;
  });
  return vaultKey;
}

const text = (bytes: ArrayBuffer | Uint8Array) => btoa(String.fromCharCode(...new Uint8Array(bytes)));
const bytes = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

export async function seal(value: unknown): Promise<{ iv: string; sealed: string }> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: AES.name, iv }, await key(), new TextEncoder().encode(JSON.stringify(value)));
  return { iv: text(iv), sealed: text(data) };
}

/** The value sealed; a value from before encryption as it is; undefined when it cannot be opened (its key lost). */
export async function open(raw: unknown): Promise<unknown> {
  const stored = raw as { iv?: string; sealed?: string } | undefined;
  if (typeof stored?.sealed !== 'string' || typeof stored.iv !== 'string') return raw;
  try {
    const data = await crypto.subtle.decrypt({ name: AES.name, iv: bytes(stored.iv) }, await key(), bytes(stored.sealed));
    return JSON.parse(new TextDecoder().decode(data));
  } catch {
    return undefined;
  }
}
