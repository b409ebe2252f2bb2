import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Ayrshare's production API. A custom base URL (the sandbox, a self-hosted proxy) is reached
// through CORS, so it needs no host permission and no prompt.
const AYRSHARE_ORIGIN = 'https://api.ayrshare.com/*';

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifestVersion: 3,
  // `wxt build --analyze` keeps per-module sizes in .analysis/ (read by `npm run bench`).
  analysis: { outputFile: '.analysis/stats.html', keepArtifacts: true },
  // There is no official @wxt-dev/module-preact: Preact's own Vite preset does the job.
  modules: ['@wxt-dev/webextension-polyfill'],
  // Vite's modulepreload polyfill is for browsers without <link rel=modulepreload>; every browser
  // that runs MV3 extensions has it, and it costs each page 0.3 KB of gzip.
  vite: () => ({ plugins: [preact()], build: { modulePreload: false } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'notifications'],
    host_permissions: [AYRSHARE_ORIGIN],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sharebeam@sharebeam.dev',
          strict_min_version: '142.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
