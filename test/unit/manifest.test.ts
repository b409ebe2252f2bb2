import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The built manifests ask for exactly what Sharebeam needs and nothing more. Adding a permission,
 * a content script or host access means changing this list on purpose, and explaining it in the
 * README's permission table (which this test also checks).
 */

const ALLOWED_PERMISSIONS = ['activeTab', 'alarms', 'contextMenus', 'notifications', 'scripting', 'storage'];
/** Ayrshare's API only: the sandbox on this computer is reached through CORS. */
const ALLOWED_HOSTS = ['https://api.ayrshare.com/*'];
/** A custom https API address, asked for when the user saves it, and granted for that host only. */
const OPTIONAL_HOSTS = ['https://*/*'];
/** Keys that would widen what runs where, or who may talk to the extension. */
const FORBIDDEN_KEYS = [
  'content_scripts',
  'optional_permissions',
  'externally_connectable',
  'web_accessible_resources',
  'content_security_policy',
  'declarative_net_request',
  'chrome_url_overrides',
  'devtools_page',
  'sandbox',
];

/**
 * What Firefox's install prompt says Sharebeam sends out, in Mozilla's categories: the post, the
 * page shared and its address, the keys. Each is sent to the API base URL only, and only to post.
 */
const DATA_SENT = ['authenticationInfo', 'browsingActivity', 'personalCommunications', 'websiteContent'];

const root = path.resolve(import.meta.dirname, '../..');

function builtManifest(dir: string): Record<string, unknown> {
  const file = path.join(root, '.output', dir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`No build in .output/${dir}: run "npm run build && npm run build:firefox" first (npm test does).`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe.each(['chrome-mv3', 'firefox-mv3'])('the %s manifest', (dir) => {
  const manifest = builtManifest(dir);

  it('asks only for the permissions on the allow list', () => {
    expect([...((manifest.permissions as string[]) ?? [])].sort()).toEqual(ALLOWED_PERMISSIONS);
  });

  it("has host access to Ayrshare's API and nowhere else", () => {
    expect(manifest.host_permissions).toEqual(ALLOWED_HOSTS);
  });

  it('may ask for an https host only, when the user saves a custom API address', () => {
    expect(manifest.optional_host_permissions).toEqual(OPTIONAL_HOSTS);
  });

  it('declares no content script and nothing a web page could reach', () => {
    for (const key of FORBIDDEN_KEYS) expect(manifest, `manifest has "${key}"`).not.toHaveProperty(key);
  });

  it('runs only its own background code', () => {
    const background = manifest.background as { service_worker?: string; scripts?: string[] };
    expect(background.service_worker ? [background.service_worker] : background.scripts).toEqual(['background.js']);
  });
});

it('explains every permission, and the data Firefox is told about, in the README', () => {
  const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
  for (const permission of ALLOWED_PERMISSIONS) expect(readme, `README does not explain ${permission}`).toMatch(new RegExp(`\\| \`${permission}\` \\|`));
  for (const host of [...ALLOWED_HOSTS, ...OPTIONAL_HOSTS]) expect(readme).toContain(host);
  for (const category of DATA_SENT) expect(readme, `README does not explain ${category}`).toMatch(new RegExp(`\\| \`${category}\` \\|`));
});

it('declares to Firefox the data it sends to Ayrshare, as a requirement of using it', () => {
  const gecko = (builtManifest('firefox-mv3').browser_specific_settings as { gecko: { data_collection_permissions: { required: string[]; optional?: string[] } } }).gecko;
  expect([...gecko.data_collection_permissions.required].sort()).toEqual(DATA_SENT);
  expect(gecko.data_collection_permissions.optional ?? []).toEqual([]);
  expect(builtManifest('chrome-mv3')).not.toHaveProperty('browser_specific_settings');
});
