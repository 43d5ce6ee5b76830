/**
 * `reveals` (lib/extract/element-rules.ts): which attribute changes show text the
 * extraction left out, so the always-on trigger reads it again.
 */
import { describe, expect, it } from 'vitest';
import { isSkipped, reveals } from '../../../lib/extract/element-rules';

const el = (html: string) =>
  new DOMParser().parseFromString(html, 'text/html').body.firstElementChild!;

describe('an attribute change that shows what was left out', () => {
  it.each([
    ['<div>shown</div>', 'hidden', ''],
    ['<div aria-hidden="false">shown</div>', 'aria-hidden', 'true'],
    ['<div style="color: red">shown</div>', 'style', 'display: none'],
    ['<div style="display:block">shown</div>', 'style', 'visibility:hidden'],
    ['<dialog open>shown</dialog>', 'open', null],
  ] as const)('%s, was %s="%s"', (html, name, old) => {
    const e = el(html);
    expect(isSkipped(e, e.localName, undefined)).toBe(false);
    expect(reveals(e, name, old)).toBe(true);
  });

  it.each([
    ['<div hidden>still hidden</div>', 'hidden', null], // hidden added, not taken off
    ['<div style="display: none; color: red">still hidden</div>', 'style', 'display:none'],
    ['<div style="color: blue">never hidden</div>', 'style', 'color: red'],
    ['<div aria-hidden="true">still hidden</div>', 'aria-hidden', null],
    ['<dialog>closed</dialog>', 'open', ''],
    // never left out: a page wrapper a modal library unmarks, a <details> opened
    ['<div id="app"><main><h1>Report</h1></main></div>', 'aria-hidden', 'true'],
    ['<details open><summary>More</summary>text</details>', 'open', null],
  ] as const)('not %s, was %s="%s"', (html, name, old) => {
    expect(reveals(el(html), name, old)).toBe(false);
  });
});
