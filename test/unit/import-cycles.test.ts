import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No module of utils/ (or components/) imports itself back, however long the way round: a cycle
 * means two modules share rules that belong in one, and it makes the bundler's load order (and a
 * newcomer's reading order) a guess. Every import that reaches the build counts, `import()`
 * included; `import type` does not (the compiler erases it, with verbatimModuleSyntax, whereas
 * `import { type X }` stays as an import).
 *
 * A small walk of our own rather than madge: madge reads TypeScript through typescript-estree,
 * which needs the TypeScript compiler API that TypeScript 7 (this project's compiler) no longer
 * has, and it would bring some hundred packages for a check of forty lines.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');
const SPECIFIERS = [
  /\bimport\s+(?!type\s)[\w*${}\s,]*?\bfrom\s*['"]([^'"]+)['"]/g,
  /\bexport\s+(?:\*|\{[^}]*\})\s*(?:as\s+\w+\s*)?from\s*['"]([^'"]+)['"]/g,
  /\bimport\s*['"]([^'"]+)['"]/g,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
];

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(file);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [file] : [];
  });
}

/** The project file an import names, or undefined for a package, a stylesheet or a JSON file. */
function resolve(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith('@/') ? specifier.slice(2) : specifier.startsWith('.') ? path.join(path.dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => /\.tsx?$/.test(f) && fs.existsSync(path.join(ROOT, f)));
}

function importsOf(file: string): string[] {
  const code = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/^\s*(\/\/.*|\/?\*.*)$/gm, '');
  const found = SPECIFIERS.flatMap((re) => [...code.matchAll(re)].map((m) => resolve(file, m[1]!)));
  return [...new Set(found.filter((f): f is string => f !== undefined))];
}

/** Every cycle in the graph, each once, as the list of files along it. */
export function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'open' | 'done'>();
  const trail: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      if (state.get(next) === 'open') {
        const cycle = trail.slice(trail.indexOf(next));
        const start = cycle.indexOf([...cycle].sort()[0]!);
        const canonical = [...cycle.slice(start), ...cycle.slice(0, start)];
        cycles.set(canonical.join(' → '), [...canonical, canonical[0]!]);
      } else if (!state.has(next)) visit(next);
    }
    trail.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return [...cycles.values()];
}

describe('imports', () => {
  it('finds a cycle when there is one (the check itself works)', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(cyclesIn(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('reads the imports of our own modules, aliases and lazy imports included, type-only ones left out', () => {
    expect(importsOf('utils/composer/model.ts')).toEqual(expect.arrayContaining(['utils/composer/draft.ts', 'utils/composer/sending.ts', 'utils/storage/drafts.ts']));
    const composer = importsOf('components/composer/Composer.tsx');
    expect(composer).toEqual(expect.arrayContaining(['utils/composer/text-format.ts', 'components/composer/ResultView.tsx']));
    expect(composer).not.toContain('utils/composer/model.ts');
  });

  for (const dir of ['utils', 'components']) {
    it(`form no cycle in ${dir}/`, () => {
      const graph = new Map(sourcesUnder(dir).map((file) => [file, importsOf(file)]));
      expect(cyclesIn(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
    });
  }
});
