import { describe, expect, it } from 'vitest';
import { extractPageText } from '../../../lib/extract';
import { loadBody } from './load-page';

const texts = (body: string): string[] =>
  extractPageText(loadBody(body)).page.blocks.map((b) => b.text);

describe('block boundaries and whitespace', () => {
  it('joins inline elements into one block, without adding spaces', () => {
    expect(
      texts('<p>Nov<b>gorod</b> <i>re</i><span>gion</span>, <a href="#">Val<em>dai</em></a></p>'),
    ).toEqual(['Novgorod region, Valdai']);
  });

  it('starts a new block at block-level elements and at <br>', () => {
    expect(
      texts(
        '<div>one<div>two</div>three<ul><li>four</li><li>five</li></ul><p>six<br>seven</p></div>',
      ),
    ).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven']);
  });

  it('collapses whitespace like a reader sees it, but keeps NBSP and zero-width characters', () => {
    expect(texts('<p>\n   91 \t drones,\n\n  over\u00A0Valdai\u200B. </p>')).toEqual([
      '91 drones, over\u00A0Valdai\u200B.',
    ]);
  });

  it('collapses across node boundaries', () => {
    expect(texts('<p>drone <b> attack </b> on</p>')).toEqual(['drone attack on']);
  });

  it('drops blocks with no visible text', () => {
    expect(texts('<div>  </div><p>\n</p><p>text</p><div> \t </div>')).toEqual(['text']);
  });

  it('splits <pre> text on blank lines only', () => {
    expect(
      texts('<pre>First line\nsame paragraph\n\n\nSecond paragraph\n  \n Third</pre>'),
    ).toEqual(['First line same paragraph', 'Second paragraph', 'Third']);
  });

  it('starts a new block where an inline element changes the kind', () => {
    const doc = loadBody(
      '<article><p>Body text <span class="share-links">Share this</span> more body</p></article>',
    );
    const { blocks } = extractPageText(doc).page;
    expect(blocks.map((b) => [b.text, b.kind])).toEqual([
      ['Body text', 'main'],
      ['Share this', 'chrome'],
      ['more body', 'main'],
    ]);
  });

  it('extracts from an Element root and classifies by that element', () => {
    const doc = loadBody(
      '<nav><a>Menu</a></nav><article id="a"><h1>Title</h1><p>Body</p></article>',
    );
    const { page } = extractPageText(doc.getElementById('a')!);
    expect(page.blocks).toEqual([
      { text: 'Title', kind: 'headline' },
      { text: 'Body', kind: 'main' },
    ]);
  });
});

describe('skipped subtrees', () => {
  const cases: [string, string][] = [
    ['script', '<script>var secret = 1;</script>'],
    ['style', '<style>.secret{}</style>'],
    ['noscript', '<noscript>secret</noscript>'],
    ['template', '<template><p>secret</p></template>'],
    ['svg', '<svg><text>secret</text></svg>'],
    ['object', '<object data="x">secret</object>'],
    ['canvas', '<canvas>secret</canvas>'],
    ['select', '<select><option>secret</option></select>'],
    ['textarea', '<textarea>secret</textarea>'],
    ['button', '<button>secret</button>'],
    ['hidden attribute', '<div hidden><p>secret</p></div>'],
    ['aria-hidden', '<section><div aria-hidden="true"><p>secret</p></div></section>'],
    ['contenteditable', '<div contenteditable><p>secret</p></div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">secret</div>'],
    ['inline display:none', '<div style="margin:0;display : none"><p>secret</p></div>'],
    ['inline visibility:hidden', '<span style="visibility:hidden">secret</span>'],
    ['closed dialog', '<dialog><p>secret</p></dialog>'],
    ['our host element', '<factline-card><span>secret</span></factline-card>'],
  ];
  it.each(cases)('skips %s', (_name, html) => {
    // A detached DOMParser document: the live one would try to load the iframe.
    const doc = new DOMParser().parseFromString(`<p>before</p>${html}<p>after</p>`, 'text/html');
    const all = extractPageText(doc, { skipTag: 'FACTLINE-CARD' }).page.blocks.map((b) => b.text);
    expect(all).toEqual(['before', 'after']);
  });

  it('ignores aria-hidden that a modal put on the whole page behind it', () => {
    const doc = new DOMParser().parseFromString(
      '<div id="app" aria-hidden="true"><main aria-hidden="true"><p>story</p>' +
        '<span aria-hidden="true">icon</span></main></div><div role="dialog"><p>cookies?</p></div>' +
        '<div aria-hidden="true">ticker clone</div>',
      'text/html',
    );
    const { blocks } = extractPageText(doc).page;
    expect(blocks).toEqual([
      { text: 'story', kind: 'main' },
      { text: 'cookies?', kind: 'chrome' },
    ]);
  });

  it('skips iframe fallback content', () => {
    // Built detached: a connected iframe makes happy-dom try to load a page.
    const root = document.createElement('div');
    const frame = document.createElement('iframe');
    frame.append('secret');
    root.append('before', frame, 'after');
    expect(extractPageText(root).page.blocks.map((b) => b.text)).toEqual(['beforeafter']);
  });

  const kept: [string, string][] = [
    ['aria-hidden=false', '<div aria-hidden="false">kept</div>'],
    ['contenteditable=false', '<div contenteditable="false">kept</div>'],
    ['display:block', '<div style="display:block">kept</div>'],
    ['open dialog', '<dialog open>kept</dialog>'],
    ['label', '<label>kept</label>'],
  ];
  it.each(kept)('keeps %s', (_name, html) => {
    const all = extractPageText(loadBody(html)).page.blocks.map((b) => b.text);
    expect(all).toEqual(['kept']);
  });
});
