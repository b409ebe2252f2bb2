import path from 'node:path';
import preact from '@preact/preset-vite';
import type { InlineConfig, Plugin } from 'vite';
import { defineConfig, type Entrypoint } from 'wxt';

// Ayrshare's production API. A custom https base URL (a proxy) is asked for when the user saves it
// (permissions.request): the prompt is the user's word that this server may receive the keys, and
// no key goes there before it (utils/settings/base-url.ts). The sandbox and a local proxy, on
// this computer's loopback address over http, are reached through CORS with no prompt: nothing
// they receive crosses a network.
const AYRSHARE_ORIGIN = 'https://api.ayrshare.com/*';
const CUSTOM_API_ORIGINS = 'https://*/*';

/**
 * Vite wraps every dynamic import in a helper that preloads the chunk's CSS and imports. Here all
 * CSS is in one file the page already loads and every file is local, so the helper only costs
 * bytes at start-up: make it call the import straight away (the minifier drops the rest).
 */
const importWithoutPreload: Plugin = {
  name: 'sharebeam:import-without-preload',
  enforce: 'post',
  renderChunk(code) {
    const helper = '__vitePreload = function preload(baseModule, deps, importerUrl) {';
    if (!code.includes(helper)) return null;
    return code.replace(helper, '__vitePreload = (baseModule) => baseModule(); function unusedPreload(baseModule, deps, importerUrl) {');
  },
};

/**
 * The benchmark's floor (entrypoints/blank) is a page with no script at all; WXT adds an empty
 * module script to every HTML entry point for its plugins (there are none), which the floor
 * must not load.
 */
const blankWithoutScript: Plugin = {
  name: 'sharebeam:blank-without-script',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => (context.path.endsWith('/blank/index.html') || context.path === '/blank.html' ? html.replace(/<script\b[^>]*><\/script>\s*/g, '') : undefined),
  },
};

/**
 * WXT starts the background through a wrapper that, in a build, only logs to nothing and warns
 * about a `main()` that returns a promise (ours returns nothing): about 150 bytes of the worker's
 * gzip budget. A production or development build starts `main()` directly; `wxt dev` (which
 * needs the wrapper's reload socket) keeps it.
 */
function backgroundWithoutWrapper(command: string): Plugin {
  const wrapper = '\0virtual:wxt-background-entrypoint?';
  return {
    name: 'sharebeam:background-without-wrapper',
    enforce: 'pre',
    load(id) {
      if (command !== 'build' || !id.startsWith(wrapper)) return null;
      return `import definition from ${JSON.stringify(id.slice(wrapper.length))};\ndefinition.main();\n`;
    },
  };
}

/**
 * The service worker and the popup run on the browsers' own promise-based APIs (Chrome's MV3
 * `chrome.*`, Firefox's `browser.*`): every API they call returns a promise natively, and the
 * polyfill would only wrap them again, for 3 KB of the worker's 16 KB budget and 3.5 KB of the
 * popup's 25 KB (more than Preact), parsed on every opening. The options and history pages keep
 * it. (utils/messaging/serve.ts answers with `sendResponse`, the one call the polyfill would
 * otherwise have adapted.)
 */
const WITHOUT_POLYFILL = new Set(['background', 'popup']);
function withoutPolyfill(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.some((e) => WITHOUT_POLYFILL.has(e.name))) return;
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    config.resolve!.alias = alias.filter((a: { find: unknown }) => a.find !== 'wxt/browser');
  } else if (alias && typeof alias === 'object') {
    delete (alias as Record<string, string>)['wxt/browser'];
  }
}

/**
 * The pages' build: everything the popup loads at start goes into one chunk, and only what it
 * loads later (panels, results) into chunks of their own. Left to itself the bundler cuts the
 * start-up code into many small files, and many small files compress worse than one: the
 * popup's start-up bytes are its budget. zod stays out of that chunk: the start-up code reaches
 * zod's modules (through modules that also declare schemas) but runs none of it, since the stored
 * values are checked after the first paint (utils/composer/start.ts); were a start-up module to
 * use zod after all, the chunk would import zod's and its bytes would count.
 */
function popupStartInOneChunk(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  const popup = entrypoints.find((e) => e.type === 'popup');
  if (!popup) return;
  config.build ??= {};
  config.build.rolldownOptions ??= {};
  const output = config.build.rolldownOptions.output;
  if (Array.isArray(output)) return;
  const entry = path.join(path.dirname(popup.inputPath), 'main.tsx');
  let startup: Set<string> | undefined;
  config.build.rolldownOptions.output = {
    ...output,
    codeSplitting: {
      groups: [
        {
          debugName: 'popup start-up',
          name: (id, ctx) => {
            startup ??= staticImports(entry, (m) => ctx.getModuleInfo(m)?.importedIds ?? []);
            return startup.has(id) && !id.includes('/node_modules/zod/') ? 'popup-start' : null;
          },
        },
      ],
    },
  };
}

/** Every module reachable from `entry` through static imports. */
function staticImports(entry: string, importsOf: (id: string) => readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    queue.push(...importsOf(id));
  }
  return seen;
}

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  manifestVersion: 3,
  // `wxt build --analyze` keeps per-module sizes in .analysis/ (read by `npm run bench`).
  analysis: { outputFile: '.analysis/stats.html', keepArtifacts: true },
  // There is no official @wxt-dev/module-preact: Preact's own Vite preset does the job.
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: (env) => ({
    plugins: [preact(), importWithoutPreload, blankWithoutScript, backgroundWithoutWrapper(env.command)],
    // Every file is local to the extension: preloading buys nothing. Stylesheets are imported by
    // the pages' entry files only, never by a lazily loaded component, so no CSS loader is needed.
    build: { modulePreload: false },
  }),
  hooks: {
    // blank.html exists for `npm run bench` only (test/bench/build.ts asks for it): a page with
    // nothing to do has no place in what users install.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.SHAREBEAM_BENCH) return;
      const blank = entrypoints.findIndex((e) => e.name === 'blank');
      if (blank >= 0) entrypoints.splice(blank, 1);
    },
    // The popup is built on its own: sharing a build with the options and history pages would let
    // what they use of a shared module (a schema check, a helper) into the popup's start-up bytes.
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [index, group] of groups.entries()) {
        if (!Array.isArray(group)) continue;
        const popup = group.find((e) => e.type === 'popup');
        if (!popup || group.length === 1) continue;
        groups.splice(index, 1, [popup], group.filter((e) => e !== popup));
        return;
      }
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      withoutPolyfill(entrypoints, config);
      popupStartInOneChunk(entrypoints, config);
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting', 'alarms', 'notifications'],
    host_permissions: [AYRSHARE_ORIGIN],
    optional_host_permissions: [CUSTOM_API_ORIGINS],
    action: { default_title: '__MSG_actionTitle__' },
    // The command names are a contract: the browsers' shortcut settings list them by these ids.
    commands: {
      _execute_action: { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandOpen__' },
      'share-page-now': { suggested_key: { default: 'Alt+Shift+P' }, description: '__MSG_commandShareNow__' },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'sharebeam@sharebeam.dev',
          strict_min_version: '142.0',
          // What leaves the browser, in Mozilla's categories: everything goes to the API base URL
          // (Ayrshare), and only because the user posts. The post and its media, comments and
          // notes (personalCommunications); the shared page's title, selection, images, links or
          // screenshot (websiteContent) and its address (browsingActivity); the API, Profile and
          // X app keys as request headers (authenticationInfo). Sharebeam cannot post without
          // them, so they are required, not optional. Nothing goes anywhere else.
          data_collection_permissions: {
            required: ['personalCommunications', 'websiteContent', 'browsingActivity', 'authenticationInfo'],
          },
        },
      },
    }),
  }),
});
