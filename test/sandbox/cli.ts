// `npm run sandbox`: the Ayrshare sandbox on its own, for the demo and for manual poking.
//   --port N | SANDBOX_PORT   (default 4010; 0 = any free port)
//   --host H | SANDBOX_HOST   (default 127.0.0.1)
//   --seed path.json | SANDBOX_SEED   (replaces the default seed)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT, startSandbox } from './server.ts';
import { DEFAULT_SEED, parseSeed } from './seed.ts';
import type { SandboxSeed } from './types.ts';

const USAGE = 'Usage: npm run sandbox -- [--port 4010] [--host 127.0.0.1] [--seed seed.json]';

function readSeed(path: string): SandboxSeed {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read seed file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Seed file ${path} is not valid JSON: ${(error as Error).message}`);
  }
  return parseSeed(json, `seed file ${path}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const portText = values.port ?? process.env.SANDBOX_PORT ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`Invalid port "${portText}". ${USAGE}`);
  const seedPath = values.seed ?? process.env.SANDBOX_SEED;
  const seed = seedPath ? readSeed(seedPath) : DEFAULT_SEED;

  const sandbox = await startSandbox({ port, host: values.host ?? process.env.SANDBOX_HOST ?? DEFAULT_HOST, seed });
  const profiles = (seed.profiles ?? []).map((p) => `${p.profileKey} (${p.title}${p.suspended ? ', suspended' : ''})`);
  console.log([
    `Ayrshare sandbox listening on ${sandbox.origin}${seedPath ? ` (seed: ${seedPath})` : ''}`,
    `  API base URL:  ${sandbox.baseUrl}`,
    `  API key:       ${seed.apiKeys[0]}`,
    `  Primary:       ${seed.primary.title} — ${seed.primary.linked.join(', ') || 'nothing linked'}`,
    `  Profile keys:  ${profiles.join(', ') || 'none'}`,
    `  Controls:      ${sandbox.origin}/_sandbox/requests, /_sandbox/posts, /_sandbox/faults, /_sandbox/clock, /_sandbox/reset`,
    'Press Ctrl+C to stop.',
  ].join('\n'));

  const stop = () => {
    sandbox.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`sandbox: ${(error as Error).message}`);
  process.exit(1);
});
