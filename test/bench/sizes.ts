import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

/**
 * What each part of the built extension loads, in bytes, raw and gzip: the popup and the options
 * page (their HTML, and the JS and CSS it loads with static imports), and the background service
 * worker. A file loaded by several of them is listed under each but counted once. Lazily imported
 * chunks (`import()`) are not start-up bytes: they are listed apart.
 *
 * It counts as the team's bundle-size check does: each file once, gzip level 9, the HTML's
 * `<script src>` and `<link rel=stylesheet|modulepreload|preload>` files and what they import
 * statically.
 */

export type Part = 'popup' | 'options' | 'background';
export const PARTS: readonly Part[] = ['popup', 'options', 'background'];

export interface FileSize {
  /** Relative to the build directory, with forward slashes. */
  file: string;
  kind: 'html' | 'js' | 'css';
  raw: number;
  gzip: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PartSize {
  html?: FileSize;
  /** JS and CSS loaded before the page (or worker) can run: what the budgets are about. */
  startup: FileSize[];
  /** Chunks loaded on demand, reachable from the start-up code through `import()`. */
  lazy: FileSize[];
  startupBytes: Bytes;
  lazyBytes: Bytes;
}

export interface BundleSizes {
  dir: string;
  parts: Record<Part, PartSize>;
  /** Start-up files that more than one part loads, with the parts that load them. */
  shared: Array<FileSize & { loadedBy: Part[] }>;
  /** Every file of the three parts (HTML, start-up, lazy), each counted once. */
  total: Bytes;
}

const STATIC_IMPORTS = [
  /\bimport\s*(?:[\w*${}\s,]*?\bfrom\s*)?["'`]([^"'`]+)["'`]/g,
  /\bexport\s*(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\s*["'`]([^"'`]+)["'`]/g,
  /\bimportScripts\(\s*["'`]([^"'`]+)["'`]/g,
];
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]([^"'`]+)["'`]\s*\)/g;
const CSS_IMPORT = /@import\s+(?:url\()?\s*["']?([^"')\s;]+)/g;

export function measureSizes(dir: string): BundleSizes {
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    action?: { default_popup?: string };
    options_ui?: { page?: string };
    options_page?: string;
    background?: { service_worker?: string; scripts?: string[] };
  };
  const files = new FileReader(dir);
  const entryOf = (html: string | undefined) => (html ? { html, code: files.htmlEntries(html) } : undefined);
  const entries: Record<Part, { html?: string; code: string[] } | undefined> = {
    popup: entryOf(manifest.action?.default_popup),
    options: entryOf(manifest.options_ui?.page ?? manifest.options_page),
    background: { code: [manifest.background?.service_worker ?? manifest.background?.scripts?.[0]].filter((f): f is string => Boolean(f)) },
  };

  const parts = {} as Record<Part, PartSize>;
  for (const part of PARTS) {
    const entry = entries[part];
    const startup = files.staticClosure(entry?.code ?? []);
    const lazy = files.lazyClosure(startup);
    const startupSizes = startup.map((f) => files.size(f));
    const lazySizes = lazy.map((f) => files.size(f));
    parts[part] = {
      html: entry?.html ? files.size(entry.html) : undefined,
      startup: startupSizes,
      lazy: lazySizes,
      startupBytes: sum(startupSizes),
      lazyBytes: sum(lazySizes),
    };
  }

  const loaders = new Map<string, Part[]>();
  for (const part of PARTS) for (const f of parts[part].startup) loaders.set(f.file, [...(loaders.get(f.file) ?? []), part]);
  const shared = [...loaders]
    .filter(([, by]) => by.length > 1)
    .map(([file, loadedBy]) => ({ ...files.size(file), loadedBy }));

  const everything = new Map<string, FileSize>();
  for (const part of PARTS) {
    const { html, startup, lazy } = parts[part];
    for (const f of [...(html ? [html] : []), ...startup, ...lazy]) everything.set(f.file, f);
  }
  return { dir, parts, shared, total: sum([...everything.values()]) };
}

export function sum(files: readonly Bytes[]): Bytes {
  return files.reduce((total, f) => ({ raw: total.raw + f.raw, gzip: total.gzip + f.gzip }), { raw: 0, gzip: 0 });
}

/** The build directory's files, by path relative to it; each read and compressed once. */
class FileReader {
  private readonly sizes = new Map<string, FileSize>();
  constructor(private readonly dir: string) {}

  size(file: string): FileSize {
    let known = this.sizes.get(file);
    if (!known) {
      const bytes = fs.readFileSync(path.join(this.dir, file));
      const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : 'js';
      known = { file, kind, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
      this.sizes.set(file, known);
    }
    return known;
  }

  htmlEntries(html: string): string[] {
    const text = this.read(html);
    const refs = [...text.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!);
    for (const [tag] of text.matchAll(/<link\b[^>]*>/gi)) {
      const rel = /\brel\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] ?? '';
      const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
      if (href && /stylesheet|modulepreload|preload/i.test(rel)) refs.push(href);
    }
    return this.resolveAll(html, refs);
  }

  /** `entries` and every JS or CSS file they import statically, in the order first reached. */
  staticClosure(entries: readonly string[]): string[] {
    const seen = new Set<string>();
    const queue = [...entries];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (seen.has(file) || !/\.(m?js|css)$/.test(file)) continue;
      seen.add(file);
      queue.push(...this.staticImportsOf(file));
    }
    return [...seen];
  }

  /** Chunks reachable from `startup` only through a dynamic `import()`, with their own static imports. */
  lazyClosure(startup: readonly string[]): string[] {
    const loaded = new Set(startup);
    const lazy: string[] = [];
    const queue = startup.flatMap((f) => this.dynamicImportsOf(f));
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      for (const chunk of this.staticClosure([file])) {
        if (loaded.has(chunk)) continue;
        loaded.add(chunk);
        lazy.push(chunk);
        queue.push(...this.dynamicImportsOf(chunk));
      }
    }
    return lazy;
  }

  private staticImportsOf(file: string): string[] {
    const code = this.read(file);
    const patterns = file.endsWith('.css') ? [CSS_IMPORT] : STATIC_IMPORTS;
    return this.resolveAll(file, patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!)));
  }

  private dynamicImportsOf(file: string): string[] {
    if (file.endsWith('.css')) return [];
    return this.resolveAll(file, [...this.read(file).matchAll(DYNAMIC_IMPORT)].map((m) => m[1]!));
  }

  /** Local files only (not `https:`, `data:` or `chrome:` addresses), relative to the build directory. */
  private resolveAll(from: string, refs: readonly string[]): string[] {
    return refs.flatMap((ref) => {
      if (/^([a-z-]+:|\/\/)/i.test(ref)) return [];
      const clean = ref.split(/[?#]/)[0]!;
      const target = clean.startsWith('/') ? clean.slice(1) : path.posix.join(path.posix.dirname(from), clean);
      const normal = path.posix.normalize(target);
      const absolute = path.join(this.dir, normal);
      return !normal.startsWith('..') && fs.existsSync(absolute) && fs.statSync(absolute).isFile() ? [normal] : [];
    });
  }

  private read(file: string): string {
    return fs.readFileSync(path.join(this.dir, file), 'utf8');
  }
}
