/**
 * The built extension within its size budgets (scripts/check/sizes.ts): the script run on
 * every page above all, then the card, the background and the popup. After the build,
 * so the budgets guard what ships.
 */
import { describe, expect, it } from 'vitest';
import { BUDGETS, kb, measureSizes } from '../../scripts/check/sizes';
import { CHROME_BUILD } from './harness';

describe('the build within its size budgets', () => {
  const sizes = measureSizes(CHROME_BUILD);

  it('is there to measure', () => {
    expect(sizes).not.toBeNull();
  });

  for (const budget of BUDGETS) {
    it(`${budget.label}: at most ${kb(budget.bytes)}`, () => {
      const s = sizes!.find((m) => m.label === budget.label)!;
      expect(s.files_.length, 'files of the build it counts').toBeGreaterThan(0);
      expect(s.actual).toBeLessThanOrEqual(budget.bytes);
    });
  }
});
