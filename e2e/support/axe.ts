import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical accessibility violations on the page, each as "rule: target". */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`),
    );
}

/**
 * Every accessibility violation, whatever its impact, each as "impact rule: target"; on the
 * whole page, or only inside `within` (a CSS selector) when the rest was checked already.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (within) builder.include(within);
  const result = await builder.analyze();
  return result.violations.flatMap((v) =>
    v.nodes.map(
      (n) => `${v.impact ?? 'unrated'} ${v.id}: ${n.target.join(' ')} (${n.failureSummary ?? ''})`,
    ),
  );
}
