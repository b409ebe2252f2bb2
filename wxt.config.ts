import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Ayrshare's production API. A custom base URL (the sandbox, a self-hosted proxy) is reached
// through CORS, so it needs no host permission and no prompt.
const AYRSHARE_ORIGIN = 'https://api.ayrshare.com/*';

const COMMON_MODULES = /node_modules|\/utils\/(i18n|ayrshare\/failure|ayrshare\/platforms|networks\/names)\./;

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifestVersion: 3,
  // `wxt build --analyze` keeps per-module sizes in .analysis/ (read by `npm run bench`).
  analysis: { outputFile: '.analysis/stats.html', keepArtifacts: true },
  // There is no official @wxt-dev/module-preact: Preact's own Vite preset does the job.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    // Every file is local to the extension: preloading buys nothing and the helper costs bytes.
    build: { modulePreload: false },
  }),
  hooks: {
    // The HTML pages (not the single-file background): libraries, and the few tiny modules that
    // every page and lazy panel imports, go in one shared chunk. Left to itself the bundler makes
    // a file of each, and a few larger files compress better than many small ones.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.some((e) => e.type === 'popup' || e.type === 'options')) return;
      config.build ??= {};
      config.build.rolldownOptions ??= {};
      const output = config.build.rolldownOptions.output;
      if (Array.isArray(output)) return;
      config.build.rolldownOptions.output = { ...output, codeSplitting: { groups: [{ name: 'common', test: COMMON_MODULES }] } };
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
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
