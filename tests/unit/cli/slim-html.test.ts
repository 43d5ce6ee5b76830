import { describe, expect, it } from 'vitest';
import { slimHtml } from '../../../scripts/detect/slim-html';

describe('slimHtml', () => {
  it('drops scripts, styles, SVG and comments but keeps JSON-LD and text', () => {
    const source =
      '<head><script>var a = "<p>no</p>";</script><SCRIPT type="text/javascript">x()</SCRIPT>' +
      '<script type="application/ld+json">{"datePublished":"2025-12-29"}</script>' +
      '<style>p{}</style></head><body><!-- note --><p>kept<svg><text>no</text></svg> text</p>' +
      '<scripted-tag>custom kept</scripted-tag><svg/><p>after</p></body>';
    const { html, cut } = slimHtml(source);
    expect(cut).toBe(false);
    expect(html).toBe(
      '<head><script type="application/ld+json">{"datePublished":"2025-12-29"}</script>' +
        '</head><body><p>kept text</p><scripted-tag>custom kept</scripted-tag><p>after</p></body>',
    );
  });

  it('drops an unclosed script to the end', () => {
    expect(slimHtml('<p>a</p><script>never closed <p>b</p>').html).toBe('<p>a</p>');
  });

  it('caps what is left at a tag boundary', () => {
    const { html, cut } = slimHtml('<p>one</p><p>two</p><p>three</p>', 16);
    expect(cut).toBe(true);
    expect(html).toBe('<p>one</p><p>two'); // cut before the tag that crosses the cap
  });

  it('is linear on adversarial input', () => {
    const source = '<!--'.repeat(200_000) + '<script'.repeat(200_000) + '<p>x</p>'.repeat(100_000);
    const t0 = performance.now();
    slimHtml(source);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
