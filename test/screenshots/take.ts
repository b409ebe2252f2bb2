/**
 * `npm run screenshots`: the README's pictures of the composer, taken from the real extension
 * (the production build in .output/chrome-mv3) against the sandbox, in the light and the dark
 * theme: docs/composer-{light,dark}.png and docs/result-{light,dark}.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { networksShown, openPopup, openScene } from './scene';

const DOCS = path.resolve(import.meta.dirname, '../../docs');
const CHOSEN = ['Bluesky', 'LinkedIn', 'X'];

/** Both themes of what the page shows now, at the popup's own width. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const file = path.join(DOCS, `${name}-${scheme}.png`);
    await page.locator('#app').screenshot({ path: file, animations: 'disabled' });
    console.log(`screenshots: ${path.relative(process.cwd(), file)}`);
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(DOCS, { recursive: true });
  const scene = await openScene();
  try {
    const composer = await openPopup(scene);
    await networksShown(composer.page);
    for (const network of CHOSEN) await composer.network(network).check();
    // The tiles' icons load after the first paint.
    await composer.page.locator('.network svg').first().waitFor();
    await composer.page.locator('#post-text').blur();
    await shoot(composer.page, 'composer');

    await composer.postButton.click();
    for (const network of CHOSEN) await composer.postLink(network).waitFor();
    await shoot(composer.page, 'result');
  } finally {
    await scene.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
