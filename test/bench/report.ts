import type { Ingredient } from './bundle-parts';
import { describeIngredients } from './bundle-parts';
import type { Check } from './budgets';
import type { Heaps } from './heap';
import type { BrowserMeasurements, Counts } from './measure';
import { PARTS, type BundleSizes, type FileSize, type Part } from './sizes';
import type { Summary } from './stats';

/** Everything one run measured, as written to .bench-out/bench.json. */
export interface BenchReport {
  date: string;
  machine: Record<string, unknown>;
  chromium: string;
  counts: Counts;
  sizes: BundleSizes;
  ingredients: Record<'popup' | 'background', Ingredient[]>;
  timing: {
    popupWarm: Summary;
    blankWarm: Summary;
    popupCold: number;
    blankCold: number;
    /** Popup over blank page, per pair of loads taken back to back. */
    popupVsBlank: Summary;
    workerColdStart: Summary;
    workerWarmRoundTrip: Summary;
    postOne: Summary;
    postFive: Summary;
    postFiveSpread: Summary;
    /** Five profiles over one, per round (one post of each, back to back). */
    fiveVsOne: Summary;
  };
  heap: Heaps;
  checks: Check[];
  raw: BrowserMeasurements;
}

const kib = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KiB`);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value: number) => value.toFixed(1);
const pad = (text: string, width: number) => text.padEnd(width);
const lpad = (text: string, width: number) => text.padStart(width);

function budgetText(check: Check | undefined): string {
  if (!check) return '';
  const limit = check.unit === 'bytes' ? (check.budget === 'popupHeapMiB' ? mib(check.limit) : kib(check.limit)) : `${check.limit}×`;
  return `budget ${limit}  ${check.ok ? 'ok' : 'MISSED'}`;
}

export function formatReport(report: BenchReport): string {
  const lines: string[] = [];
  const check = (budget: Check['budget']) => report.checks.find((c) => c.budget === budget);
  const m = report.machine;
  lines.push(`Sharebeam benchmark, ${report.date}`);
  lines.push(`${m.cpu} × ${m.cores}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}, Chromium ${report.chromium}`);
  lines.push(`load average ${(m.loadBefore as number[]).join(' ')} before, ${(m.loadAfter as number[]).join(' ')} after`);
  lines.push('');

  lines.push(...sizeTable(report.sizes, check));
  lines.push(`  popup start-up code is mostly: ${describeIngredients(report.ingredients.popup) || '(no .analysis statistics)'}`);
  lines.push(`  background is mostly:          ${describeIngredients(report.ingredients.background) || '(no .analysis statistics)'}`);
  lines.push('  (shares of the code before minification)');
  lines.push('');

  const t = report.timing;
  const row = (label: string, s: Summary) =>
    `${pad(label, 40)}${lpad(ms(s.median), 8)}  ${lpad(`${ms(s.p25)}–${ms(s.p75)}`, 13)}  ${lpad(`${ms(s.min)}–${ms(s.max)}`, 13)}  ${lpad(String(s.n), 3)}`;
  const one = (label: string, value: string, extra = '') => `${pad(label, 40)}${lpad(value, 8)}  ${extra}`;
  const x = (value: number) => `${value.toFixed(2)}×`;
  const ratioRow = (label: string, s: Summary, c: Check | undefined) =>
    `${pad(label, 40)}${lpad(x(s.median), 8)}  ${lpad(`${x(s.p25)}–${x(s.p75)}`, 13)}  ${lpad(`${x(s.min)}–${x(s.max)}`, 13)}  ${lpad(String(s.n), 3)}  ${budgetText(c)}`;
  lines.push(`${pad('Time (ms)', 40)}${lpad('median', 8)}  ${lpad('middle half', 13)}  ${lpad('range', 13)}    n`);
  lines.push(row('popup usable (text + first network), warm', t.popupWarm));
  lines.push(row('blank page, no script: load event, warm', t.blankWarm));
  lines.push(ratioRow('popup / blank page, per pair of loads', t.popupVsBlank, check('popupReadyVsBlank')));
  lines.push(one('popup usable, cold (browser just started)', ms(t.popupCold), `blank page cold ${ms(t.blankCold)}, ratio ${(t.popupCold / t.blankCold).toFixed(2)}×`));
  lines.push(row('worker cold start to first reply', t.workerColdStart));
  lines.push(row('worker warm round trip', t.workerWarmRoundTrip));
  lines.push(row('Post to sandbox, 1 profile', t.postOne));
  lines.push(row('Post to sandbox, 5 profiles (last)', t.postFive));
  lines.push(row('5 profiles: first to last arrival', t.postFiveSpread));
  lines.push(ratioRow('5 profiles / 1 profile, per round', t.fiveVsOne, check('fiveProfilesVsOne')));
  lines.push('');

  lines.push(`${pad('JS heap after GC', 40)}${lpad('used', 10)}  ${lpad('reserved', 10)}`);
  const heapRow = (label: string, h: { usedSize: number; totalSize: number }, extra = '') =>
    `${pad(label, 40)}${lpad(mib(h.usedSize), 10)}  ${lpad(mib(h.totalSize), 10)}  ${extra}`;
  lines.push(heapRow('popup, composer open', report.heap.popup, budgetText(check('popupHeapMiB'))));
  lines.push(heapRow('blank extension page', report.heap.blank));
  lines.push(heapRow('service worker', report.heap.worker));
  lines.push('');

  const missed = report.checks.filter((c) => !c.ok);
  if (missed.length === 0) lines.push(`All ${report.checks.length} budgets hold (test/bench/budgets.json).`);
  else {
    lines.push(`${missed.length} of ${report.checks.length} budgets MISSED (test/bench/budgets.json):`);
    for (const c of missed) lines.push(`  ${c.what}: ${c.cause}`);
  }
  return lines.join('\n');
}

function sizeTable(sizes: BundleSizes, check: (budget: Check['budget']) => Check | undefined): string[] {
  const shared = new Set(sizes.shared.map((f) => f.file));
  const lines = [`${pad('Bytes (gzip -9)', 64)}${lpad('raw', 10)}${lpad('gzip', 10)}`];
  const fileRow = (f: FileSize, note = '') => `  ${pad(`${f.file}${note}`, 62)}${lpad(kib(f.raw), 10)}${lpad(kib(f.gzip), 10)}`;
  const totalRow = (label: string, bytes: { raw: number; gzip: number }, extra = '') =>
    `  ${pad(label, 62)}${lpad(kib(bytes.raw), 10)}${lpad(kib(bytes.gzip), 10)}  ${extra}`;
  const titles: Record<Part, string> = {
    popup: 'popup: what popup.html loads',
    options: 'options page: what options.html loads',
    background: 'background service worker',
  };
  const budgets: Partial<Record<Part, Check['budget']>> = { popup: 'popupStartupGzipKiB', background: 'backgroundGzipKiB' };
  for (const part of PARTS) {
    const size = sizes.parts[part];
    lines.push(titles[part]);
    if (size.html) lines.push(fileRow(size.html));
    for (const f of size.startup) lines.push(fileRow(f, shared.has(f.file) ? '  (shared)' : ''));
    const budget = budgets[part];
    lines.push(totalRow('= JS + CSS at start-up', size.startupBytes, budget ? budgetText(check(budget)) : ''));
    if (size.lazy.length > 0) {
      const what = part === 'popup' ? 'loaded on demand (import())' : 'reachable on demand (import())';
      lines.push(totalRow(`${what}: ${size.lazy.length} chunks`, size.lazyBytes));
    }
  }
  if (sizes.shared.length > 0) {
    lines.push('shared: loaded by more than one of the above, counted once in the total');
    for (const f of sizes.shared) lines.push(fileRow(f, `  (${f.loadedBy.join(', ')})`));
  }
  lines.push(totalRow('all of the above, each file once', sizes.total));
  return lines;
}
