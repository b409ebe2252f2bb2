/**
 * `npx jiti test/bench/floors.ts [rounds]`: how near the no-script floor any popup can come on this
 * machine. Beside the benchmark's floor (blank.html) and the popup, it times pages of the same
 * build that do only the least a composer must: load one file (a stylesheet; an empty script);
 * draw a **Post text** box holding the page's address and one network toggle; the same after one
 * storage.local.get of the keys the popup reads. Each is timed as `npm run bench` times the popup (from outside, to its load event
 * or to a usable composer) and alternated with the floor in one browser. Not part of the budgets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildExtension, BUILD_DIR } from './build';
import { loadBlank, loadEventOf, loadPopup, openPage } from './page-timing';
import { startSandboxProcess } from './sandbox-process';
import { ARTICLE, benchSeed, newUserDataDir, openBrowser, setUpAccount } from './session';
import { pairedRatios, summarize } from './stats';
import { START_KEYS } from '../../utils/composer/start-read';

const draw = `const prefill = new URLSearchParams(location.search);
document.body.innerHTML = '<label for=t>Post text</label><textarea id=t></textarea><fieldset><legend>Networks</legend><input type=checkbox></fieldset>';
document.getElementById('t').value = prefill.get('title') + ' ' + prefill.get('url');`;

/**
 * Each page: its script, or a stylesheet instead (a page that loads one file and runs nothing), and
 * whether it is timed to a usable composer.
 */
const PAGES: Record<string, { script?: string; usable: boolean }> = {
  'floor-stylesheet': { usable: false },
  'floor-script': { script: '0', usable: false },
  'floor-draw': { script: draw, usable: true },
  'floor-read-draw': { script: `chrome.storage.local.get(${JSON.stringify(START_KEYS)}).then(() => { ${draw} });`, usable: true },
};

function writePages(): void {
  for (const [name, page] of Object.entries(PAGES)) {
    const file = page.script === undefined ? `${name}.css` : `${name}.js`;
    fs.writeFileSync(path.join(BUILD_DIR, file), page.script ?? 'body { margin: 0 }');
    const load = page.script === undefined ? `<link rel="stylesheet" href="${file}">` : `<script src="${file}" defer></script>`;
    fs.writeFileSync(
      path.join(BUILD_DIR, `${name}.html`),
      `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Sharebeam</title>${load}</head><body></body></html>\n`,
    );
  }
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 30);
  buildExtension();
  writePages();
  const sandbox = await startSandboxProcess(benchSeed());
  const userDataDir = newUserDataDir();
  try {
    await setUpAccount(userDataDir, sandbox);
    const browser = await openBrowser(userDataDir);
    const search = `?${new URLSearchParams(ARTICLE)}`;
    const timed: Record<string, () => Promise<number>> = { blank: () => loadBlank(browser) };
    for (const [name, { usable }] of Object.entries(PAGES)) {
      timed[name] = async () => {
        const page = await openPage(browser, `${name}.html${search}`);
        const at = usable ? await page.usable : await loadEventOf(page);
        await page.close();
        return at;
      };
    }
    timed.popup = () => loadPopup(browser, sandbox);
    for (const load of Object.values(timed)) await load();
    const samples: Record<string, number[]> = {};
    for (let i = 0; i < rounds; i++) {
      const names = Object.keys(timed);
      for (const name of i % 2 ? names.reverse() : names) (samples[name] ??= []).push(await timed[name]!());
    }
    for (const [name, times] of Object.entries(samples)) {
      const ratio = pairedRatios(times, samples.blank!);
      console.log(`${name.padEnd(16)} median ${summarize(times).median.toFixed(1).padStart(6)} ms   / floor ${ratio.median.toFixed(2)}× (middle half ${ratio.p25.toFixed(2)}–${ratio.p75.toFixed(2)})`);
    }
    await browser.close();
  } finally {
    await sandbox.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

await main();
process.exit(0);
