/**
 * `npm start`: Sharebeam on this machine without an Ayrshare account. Close the browser (or press
 * Ctrl+C) to stop. SANDBOX_PORT picks the sandbox's port (default 4010); SHAREBEAM_HEADLESS=1
 * runs without a window, to check the demo on a server.
 */
import path from 'node:path';
import { DEFAULT_SEED } from '../sandbox/server';
import { startDemo } from './demo';

const demo = await startDemo({
  port: Number(process.env.SANDBOX_PORT ?? 4010),
  headless: process.env.SHAREBEAM_HEADLESS === '1',
  profileDir: path.resolve(import.meta.dirname, '../../.output/demo-profile'),
});
console.log(`Sandbox: ${demo.sandbox.baseUrl} (API key ${DEFAULT_SEED.apiKeys[0]})`);
console.log('Chromium is open with Sharebeam loaded: use its toolbar button, or right-click the page, to share.');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await demo.stop();
  process.exit(0);
}
demo.context.on('close', () => void stop());
process.on('SIGINT', () => void stop());
