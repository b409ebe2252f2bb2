import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Fault, RecordedRequest, SandboxSeed } from '../sandbox/server';
import { ROOT } from './build';

/**
 * The sandbox in a process of its own (`npm run sandbox`), driven through its /_sandbox controls.
 * In the benchmark's own process it would share one event loop with Playwright, whose traffic
 * with Chromium then delays when a request is seen to arrive: a real server does not wait for the
 * client's test driver.
 */
export interface SandboxProcess {
  baseUrl: string;
  requestsTo(method: string, path: string): Promise<RecordedRequest[]>;
  fault(fault: Fault): Promise<void>;
  /** Forgets the requests, posts and faults so far: keeps the log each poll reads short. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export async function startSandboxProcess(seed: SandboxSeed): Promise<SandboxProcess> {
  const seedFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sharebeam-bench-seed-')), 'seed.json');
  fs.writeFileSync(seedFile, JSON.stringify(seed));
  const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/jiti/lib/jiti-cli.mjs'), 'test/sandbox/cli.ts', '--port', '0', '--seed', seedFile], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Not left running if the benchmark stops on an error.
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      const found = /API base URL:\s+(\S+)/.exec(line);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`The sandbox exited (code ${code}) before it listened`)));
  });
  const origin = new URL(baseUrl).origin;

  const control = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${origin}/_sandbox/${route}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`Sandbox ${method} /_sandbox/${route}: HTTP ${response.status} ${await response.text()}`);
    return response.json() as Promise<unknown>;
  };

  return {
    baseUrl,
    async requestsTo(method, requestPath) {
      const all = (await control('GET', 'requests')) as RecordedRequest[];
      return all.filter((r) => r.method === method.toUpperCase() && r.path === requestPath);
    },
    async fault(fault) {
      await control('POST', 'faults', fault);
    },
    async reset() {
      await control('POST', 'reset');
    },
    async close() {
      process.off('exit', stop);
      stop();
      await exited;
      fs.rmSync(path.dirname(seedFile), { recursive: true, force: true });
    },
  };
}
