import fs from 'node:fs';
import path from 'node:path';

/**
 * What a built file is made of: its modules' sizes before minification, grouped by npm package
 * (`zod`, `preact`) or by source file. Read from the module statistics `wxt build --analyze` keeps
 * in .analysis/ (wxt.config.ts keeps them). It names the heavy import when a size budget is missed.
 */

export interface Ingredient {
  name: string;
  /** Bytes of the module's code in the bundle before minification. */
  bytes: number;
  /** Its part of the files' unminified code, 0–1. */
  share: number;
}

interface Stats {
  nodeParts: Record<string, { renderedLength: number }>;
  nodeMetas: Record<string, { id: string; moduleParts: Record<string, string> }>;
}

/** The largest ingredients of `files` (paths relative to the build directory), biggest first. */
export function ingredientsOf(analysisDir: string, files: readonly string[], top = 6): Ingredient[] {
  if (!fs.existsSync(analysisDir)) return [];
  const wanted = new Set(files);
  const bytes = new Map<string, number>();
  for (const name of fs.readdirSync(analysisDir).filter((f) => /^stats-\d+\.json$/.test(f))) {
    const stats = JSON.parse(fs.readFileSync(path.join(analysisDir, name), 'utf8')) as Stats;
    for (const meta of Object.values(stats.nodeMetas)) {
      for (const [file, partId] of Object.entries(meta.moduleParts)) {
        if (!wanted.has(file)) continue;
        const key = ingredientName(meta.id);
        bytes.set(key, (bytes.get(key) ?? 0) + (stats.nodeParts[partId]?.renderedLength ?? 0));
      }
    }
  }
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  return [...bytes]
    .map(([name, size]) => ({ name, bytes: size, share: total ? size / total : 0 }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top);
}

/** `zod` for node_modules/zod/…, `@preact/signals` for scoped packages, else the source path. */
function ingredientName(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  return pkg ? pkg[1]! : id.replace(/^\/+/, '').replace(/^\0/, '');
}

export function describeIngredients(list: readonly Ingredient[]): string {
  return list.map((i) => `${i.name} ${Math.round(i.share * 100)}%`).join(', ');
}
