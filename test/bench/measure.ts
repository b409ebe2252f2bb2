import fs from 'node:fs';
import os from 'node:os';
import { measureHeaps, type Heaps } from './heap';
import { loadBlank, loadPopup } from './page-timing';
import { timePosts, type PostTiming } from './posting';
import { startSandboxProcess, type SandboxProcess } from './sandbox-process';
import { benchSeed, newUserDataDir, openBrowser, setUpAccount, type BenchBrowser } from './session';
import { timeWorker } from './worker-timing';

/** How many of each measurement one run takes. */
export interface Counts {
  /** Warm loads of the popup and of the blank page (each). */
  loads: number;
  /** Worker cold starts. */
  starts: number;
  /** Posts to one profile and to five (each). */
  posts: number;
}

export interface BrowserMeasurements {
  chromium: string;
  popup: { cold: number; warm: number[]; blankCold: number; blankWarm: number[] };
  worker: { cold: number[]; warm: number[] };
  posting: { one: PostTiming[]; five: PostTiming[] };
  heap: Heaps;
}

/**
 * Everything measured in Chromium against the sandbox, on one browser profile: set up once, then
 * used as a person uses Sharebeam. The posts come first, so that the popup and the worker are
 * then measured with an outbox that has a history to read, as they will be after a while of use.
 * Each cold load is the first page in a browser that just started.
 */
export async function measureInBrowser(counts: Counts, log: (line: string) => void): Promise<BrowserMeasurements> {
  const sandbox = await startSandboxProcess(benchSeed());
  const userDataDir = newUserDataDir();
  const session = async <T>(use: (browser: BenchBrowser) => Promise<T>): Promise<T> => {
    const browser = await openBrowser(userDataDir);
    try {
      return await use(browser);
    } finally {
      await browser.close();
    }
  };
  try {
    log('setting up: options page, five profiles, networks cached');
    await setUpAccount(userDataDir, sandbox);
    log(`posting to 1 and to 5 profiles (${counts.posts} each)`);
    const posting = await session((browser) => timePosts(browser, sandbox, counts.posts));
    log('cold blank page (browser just started)');
    const blankCold = await session((browser) => loadBlank(browser));

    log('cold popup (browser just started), then warm loads, heap, worker starts');
    return await session(async (browser) => {
      const cold = await coldPopupFromCache(browser, sandbox);
      // The blank page is new to this browser: one load to warm it, as the popup's was.
      await loadBlank(browser);
      await sandbox.reset();
      const warm: number[] = [];
      const blankWarm: number[] = [];
      for (let i = 0; i < counts.loads; i++) {
        // Alternating which goes first, so neither always follows the other.
        if (i % 2 === 0) {
          blankWarm.push(await loadBlank(browser));
          warm.push(await loadPopup(browser, sandbox));
        } else {
          warm.push(await loadPopup(browser, sandbox));
          blankWarm.push(await loadBlank(browser));
        }
      }
      const heap = await measureHeaps(browser, sandbox);
      const worker = await timeWorker(browser, counts.starts);
      const chromium = browser.context.browser()?.version() ?? 'unknown';
      return { chromium, popup: { cold, warm, blankCold, blankWarm }, worker, posting, heap };
    });
  } finally {
    await sandbox.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * The first popup after the browser started. Ayrshare is made slow to answer GET /user this once,
 * so a composer that shows its networks when it marks itself ready can only have them from cache.
 */
async function coldPopupFromCache(browser: BenchBrowser, sandbox: SandboxProcess): Promise<number> {
  const heldBack = 3_000;
  await sandbox.fault({ method: 'GET', path: '/user', kind: 'delay', ms: heldBack });
  const usable = await loadPopup(browser, sandbox);
  if (usable >= heldBack) throw new Error(`The popup listed its networks only after GET /user answered (${usable.toFixed(0)} ms), not from the cache`);
  return usable;
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
  };
}

/** The machine's load over the last 1, 5 and 15 minutes: other work running beside the benchmark. */
export function loadAverage(): number[] {
  return os.loadavg().map((l) => Math.round(l * 100) / 100);
}
