import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** The impacts an e2e test fails on. */
const BLOCKING = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it stands and returns its serious and critical violations, one
 * readable line each (rule, impact, help and the first elements it names). Use it on every view:
 * `expect(await blockingViolations(page)).toEqual([])`.
 */
export async function blockingViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact && BLOCKING.has(v.impact))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes
          .slice(0, 4)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}

/**
 * The violations of the named axe rules whatever their impact (e.g. `heading-order`, which axe
 * rates moderate), one readable line each.
 */
export async function violationsOf(page: Page, rules: string[]): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withRules(rules).analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}
