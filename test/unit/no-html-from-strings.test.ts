import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

/**
 * `web-ext lint` warns twice about "Unsafe assignment to innerHTML", in the two chunks that bundle
 * Preact: its support for `dangerouslySetInnerHTML`. The README tells reviewers Sharebeam never
 * uses it; this keeps that true. Page text and server replies reach the DOM only as text.
 */
const root = path.resolve(import.meta.dirname, '../..');
const EXTENSION_CODE = ['components', 'entrypoints', 'utils'];
const HTML_FROM_STRING = /dangerouslySetInnerHTML|\.(inner|outer)HTML\b|insertAdjacentHTML|document\.write|createContextualFragment/;

it("sets no HTML from a string anywhere in the extension's code", () => {
  const files = EXTENSION_CODE.flatMap((dir) =>
    fs
      .readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.tsx?$/.test(file))
      .map((file) => path.join(dir, file)),
  );
  expect(files.length).toBeGreaterThan(20);
  expect(files.filter((file) => HTML_FROM_STRING.test(fs.readFileSync(path.join(root, file), 'utf8')))).toEqual([]);
});
