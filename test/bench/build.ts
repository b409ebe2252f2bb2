import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
/** Where `npm run build` puts the Chrome extension: the bench measures that very build. */
export const BUILD_DIR = path.join(ROOT, '.output/chrome-mv3');
/** Per-module statistics of the build (analysis.outputFile in wxt.config.ts). */
export const ANALYSIS_DIR = path.join(ROOT, '.analysis');

/**
 * The production Chrome build, as `npm run build` makes it, with the bundle analysis on (it only
 * adds statistics beside the build) and the blank page the popup is measured against (a page of
 * its own: the popup's and the worker's files are byte for byte the same). WXT's progress
 * spinner is kept out of the benchmark's output, and shown only if the build fails.
 */
export function buildExtension(): void {
  // Statistics of an older build would be read as this one's.
  fs.rmSync(ANALYSIS_DIR, { recursive: true, force: true });
  const wxt = path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build', '--analyze'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, SHAREBEAM_BENCH: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout}${result.stderr}`);
    throw new Error(`The build failed (wxt build exited with ${result.status ?? result.signal})`);
  }
}
