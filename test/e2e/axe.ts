import fs from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, and axe's best practices (landmarks, heading order, one main…). */
const RULES = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * Runs axe-core on the page as it is now, in the light and the dark theme, and fails with each
 * violation in words: rule, impact, where, and what to fix.
 */
export async function expectNoAxeViolations(page: Page, view: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // A string, not a function: evaluated as a script by the debugger, which the page's CSP
    // (no eval, no injected scripts) does not apply to.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(
      async (rules) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
        const results = await axe.run(document, { runOnly: { type: 'tag', values: rules }, resultTypes: ['violations'] });
        return results.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n` +
            v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n'),
        );
      },
      RULES,
    );
    expect(violations, `axe violations in ${view}, ${colorScheme} theme`).toEqual([]);
  }
}
