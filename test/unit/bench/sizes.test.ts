import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBudgets, readBudgets, type Budgets } from '../../bench/budgets';
import { measureSizes } from '../../bench/sizes';

/** What `npm run bench` counts as the bytes each part of the extension loads, on a tiny build. */

let dir: string;
const gzip = (text: string) => zlib.gzipSync(Buffer.from(text), { level: 9 }).length;
const FILES: Record<string, string> = {
  'manifest.json': JSON.stringify({ action: { default_popup: 'popup.html' }, options_ui: { page: 'options.html' }, background: { service_worker: 'background.js' } }),
  'popup.html': '<script type="module" src="/chunks/popup.js"></script><link rel="stylesheet" href="/assets/popup.css"><script src="https://cdn.example/x.js"></script>',
  'options.html': '<script type="module" src="/chunks/options.js"></script>',
  'chunks/popup.js': 'import{a}from"./shared.js";const p=()=>import(`./panel.js`);export{p}',
  'chunks/options.js': 'import"./shared.js";',
  'chunks/shared.js': 'export const a=1;',
  'chunks/panel.js': 'import{a}from"./shared.js";import"./panel-part.js";',
  'chunks/panel-part.js': 'export const b=2;',
  'assets/popup.css': 'body{color:red}',
  'background.js': 'console.log(1)',
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sharebeam-sizes-'));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the bytes of a build', () => {
  it("counts the popup's HTML files and their static imports as start-up bytes, lazily imported chunks apart", () => {
    const { popup } = measureSizes(dir).parts;
    expect(popup.html?.file).toBe('popup.html');
    expect(popup.startup.map((f) => f.file).sort()).toEqual(['assets/popup.css', 'chunks/popup.js', 'chunks/shared.js']);
    expect(popup.lazy.map((f) => f.file).sort()).toEqual(['chunks/panel-part.js', 'chunks/panel.js']);
    const startup = ['chunks/popup.js', 'chunks/shared.js', 'assets/popup.css'];
    expect(popup.startupBytes).toEqual({ raw: startup.reduce((n, f) => n + FILES[f]!.length, 0), gzip: startup.reduce((n, f) => n + gzip(FILES[f]!), 0) });
  });

  it('lists a chunk two parts load as shared, and counts it once in the total', () => {
    const sizes = measureSizes(dir);
    expect(sizes.shared.map((f) => [f.file, f.loadedBy])).toEqual([['chunks/shared.js', ['popup', 'options']]]);
    const everyFile = Object.keys(FILES).filter((f) => f !== 'manifest.json');
    expect(sizes.total.raw).toBe(everyFile.reduce((n, f) => n + FILES[f]!.length, 0));
  });

  it('counts the background worker alone', () => {
    expect(measureSizes(dir).parts.background.startup.map((f) => f.file)).toEqual(['background.js']);
  });
});

describe('the budgets', () => {
  const budgets: Budgets = { popupStartupGzipKiB: 25, backgroundGzipKiB: 16, popupReadyVsBlank: 1.4, fiveProfilesVsOne: 1.3, popupHeapMiB: 2 };
  const within = { popupStartupGzip: 25 * 1024, backgroundGzip: 1000, popupReadyVsBlank: 1.4, fiveProfilesVsOne: 1.1, popupHeapBytes: 1, cause: () => 'why' };

  it('holds at the limit and is missed past it, with the cause named', () => {
    expect(checkBudgets(budgets, within).every((c) => c.ok)).toBe(true);
    const checks = checkBudgets(budgets, { ...within, popupStartupGzip: 25 * 1024 + 1, cause: (b) => `because of ${b}` });
    expect(checks.filter((c) => !c.ok)).toEqual([expect.objectContaining({ budget: 'popupStartupGzipKiB', cause: 'because of popupStartupGzipKiB' })]);
  });

  it('counts nothing measured as a miss', () => {
    expect(checkBudgets(budgets, { ...within, fiveProfilesVsOne: Number.NaN }).find((c) => c.budget === 'fiveProfilesVsOne')?.ok).toBe(false);
  });

  it('reads every budget from budgets.json, and refuses a file that lacks one', () => {
    expect(Object.keys(readBudgets()).sort()).toEqual(Object.keys(budgets).sort());
    const file = path.join(dir, 'budgets.json');
    fs.writeFileSync(file, JSON.stringify({ ...budgets, popupHeapMiB: undefined }));
    expect(() => readBudgets(file)).toThrow('"popupHeapMiB" must be a positive number');
  });
});
