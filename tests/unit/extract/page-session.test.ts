/**
 * The page side's incremental extraction: sliced first walk, then only what DOM
 * mutations touched, with block ids that stay put while their text does. The check
 * throughout: the session's blocks equal a fresh extraction of the same page.
 */
import { describe, expect, it, vi } from 'vitest';
import { extractPageText } from '../../../lib/extract';
import { PageSession } from '../../../lib/extract/page-session';
import { fixture, loadBody, loadPage } from './load-page';

const HOST = 'factline-card';

function watch(doc: Document) {
  const obs = new MutationObserver(() => undefined);
  obs.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  return { take: () => obs.takeRecords(), stop: () => obs.disconnect() };
}

const fresh = (doc: Document) =>
  extractPageText(doc, { skipTag: HOST }).page.blocks.map((b) => `${b.kind}:${b.text}`);
const mine = (s: PageSession) => s.pageText().blocks.map((b) => `${b.kind}:${b.text}`);

function session(doc: Document, maxChars?: number): PageSession {
  const s = new PageSession(doc, { hostTag: HOST, ...(maxChars ? { maxChars } : {}) });
  s.extractAllNow();
  return s;
}

/**
 * Runs each step on the page (a step returns what an attribute showed, if anything): each
 * changes the page's blocks, and the session then reads them as a fresh extraction does.
 */
function expectEachStep(doc: Document, steps: [string, () => Element[] | void][]): void {
  const s = session(doc);
  const w = watch(doc);
  for (const [what, change] of steps) {
    const before = mine(s);
    const shown = change() ?? [];
    s.applyMutations(w.take(), shown);
    expect(fresh(doc), what).not.toEqual(before);
    expect(mine(s), what).toEqual(fresh(doc));
  }
}

const LIVE = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main><article id="feed"><h1>Live: the day's news</h1>
    <div class="post"><time>09:00</time><p>First post about the harbour festival.</p></div>
    <div class="post"><time>08:00</time><p>The council met early to discuss the trams.</p></div>
  </article></main>
  <aside class="related"><a href="/x">Related story one</a></aside>
  <footer><p>© The Ledger</p></footer>`;

function article(doc: Document, text: string): HTMLElement {
  const el = doc.createElement('article');
  const p = doc.createElement('p');
  p.textContent = text;
  el.append(p);
  return el;
}

function post(doc: Document, text: string): HTMLElement {
  const el = doc.createElement('div');
  el.className = 'post';
  const time = doc.createElement('time');
  time.textContent = '10:00';
  const p = doc.createElement('p');
  p.textContent = text;
  el.append(time, p);
  return el;
}

describe('PageSession', () => {
  it.each(['news-article-en.html', 'no-landmarks-ru.html', 'teasers-uk.html', 'large'])(
    'the sliced first walk gives exactly the one-pass extraction (%s)',
    async (name) => {
      const doc =
        name === 'large'
          ? loadBody(
              `<main><h1>Long page</h1>${'<div><p>A paragraph of <b>the</b> page.</p></div>'.repeat(300)}</main>`,
            )
          : loadPage(fixture(name));
      const s = new PageSession(doc, { hostTag: HOST });
      let pauses = 0;
      let clock = 0;
      // A clock that runs out at once: every look at it ends the slice.
      await s.extractAll(
        async () => void pauses++,
        1,
        () => (clock += 10),
      );
      if (name === 'large') expect(pauses).toBeGreaterThan(3);
      expect(mine(s)).toEqual(fresh(doc));
      expect(s.pageText().title).toBe(extractPageText(doc).page.title);
    },
  );

  it('walks only added posts: the other blocks keep their ids, only the new ones are sent', () => {
    const doc = loadBody(LIVE);
    const s = session(doc);
    const w = watch(doc);
    const known = new Set(s.ids());
    const feed = doc.getElementById('feed')!;
    feed.insertBefore(post(doc, 'Breaking: a new bridge opens.'), feed.children[1]!);
    feed.insertBefore(post(doc, 'Later: the bridge closes again for checks.'), feed.children[1]!);
    expect(s.applyMutations(w.take())).toBe(true);
    expect(mine(s)).toEqual(fresh(doc));
    const update = s.updateFor(known);
    expect(update.added.text).toBe(
      '10:00Later: the bridge closes again for checks.10:00Breaking: a new bridge opens.',
    );
    expect(update.added.ids.split(',')).toHaveLength(4);
    const order = update.order.split(',').map((x) => parseInt(x, 36));
    expect(order.filter((id) => known.has(id))).toEqual([...known]);
    expect(update.kinds).toHaveLength(order.length);
  });

  it('re-walks the block around an edited text or an inline change, and drops removed blocks', () => {
    const doc = loadBody(LIVE);
    const s = session(doc);
    const w = watch(doc);
    const before = s.blocks.map((b) => b.id);
    const p = doc.querySelector('.post p')!;
    p.firstChild!.textContent = 'First post, corrected: the festival is moved.';
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
    const b = doc.createElement('b');
    b.textContent = ' (updated)';
    p.append(b);
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
    doc.querySelectorAll('.post')[1]!.remove();
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
    // Untouched blocks (navigation, headline, footer) kept their ids.
    const now = new Set(s.blocks.map((x) => x.id));
    expect(before.filter((id) => now.has(id)).length).toBeGreaterThanOrEqual(5);
  });

  it('walks the parts an attribute shows later ("read more"), as a fresh extraction would', () => {
    const doc = loadBody(
      LIVE.replace(
        '</article>',
        '<div class="more" hidden><p>The rest of the report, shown on request.</p></div>' +
          '<p>Before <span style="display: none">a hidden aside</span> after.</p></article>',
      ),
    );
    const s = session(doc);
    const w = watch(doc);
    const before = mine(s);
    expect(before.join('\n')).not.toContain('shown on request');
    const more = doc.querySelector('.more')!;
    more.removeAttribute('hidden');
    // nothing was added or edited: only the attribute says the text is there now
    expect(s.applyMutations(w.take())).toBe(false);
    expect(s.applyMutations(w.take(), [more])).toBe(true);
    expect(mine(s)).toEqual(fresh(doc));
    const aside = doc.querySelector('span')!;
    aside.removeAttribute('style');
    expect(s.applyMutations(w.take(), [aside])).toBe(true);
    expect(mine(s)).toEqual(fresh(doc));
    expect(mine(s).join('\n')).toContain('Before a hidden aside after.');
  });

  it('a block shown, put in or taken out between loose text splits or joins that text, as a fresh extraction does', () => {
    const doc = loadBody(
      '<main><div class="b">Lead text. <div class="more" hidden>The hidden rest.</div> Tail text.</div>' +
        '<div class="c">Before. <b>bold</b> After.</div></main>',
    );
    const s = session(doc);
    const w = watch(doc);
    const more = doc.querySelector('.more')!;
    more.removeAttribute('hidden');
    s.applyMutations(w.take(), [more]);
    expect(mine(s)).toEqual(fresh(doc));
    const added = doc.createElement('p');
    added.textContent = 'A paragraph put in.';
    doc.querySelector('.c b')!.after(added);
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
    added.remove();
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
    expect(mine(s).join('\n')).toContain('Before. bold After.');
  });

  // seeds 135, 136, 145 and 149 once found two blocks put in together between loose text
  it.each([11, 135, 136, 145, 149])(
    'blocks put in, taken out and shown among loose text and blocks, as a browser reports them (siblings named), seed %i',
    (first) => {
      const doc = loadBody('<main><article id="mix"><h1>Mixed page</h1></article></main>');
      const mix = doc.getElementById('mix')!;
      let seed = first;
      const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
      const make = (i: number): Node => {
        const r = rand();
        if (r < 0.25) return doc.createTextNode(` loose words ${i} `);
        if (r < 0.3) return doc.createTextNode('\n  ');
        if (r < 0.35) return doc.createComment(`anchor ${i}`);
        if (r < 0.5) {
          const b = doc.createElement('b');
          b.textContent = `inline ${i}`;
          return b;
        }
        const p = doc.createElement('p');
        p.textContent = `Block paragraph ${i}.`;
        if (r > 0.85) p.hidden = true;
        return p;
      };
      for (let i = 0; i < 30; i++) mix.append(make(i));
      const s = session(doc);
      // what a browser's MutationRecord says, siblings included (this DOM leaves them out of
      // records of nodes put in)
      const record = (added: Node[], removed: Node[], prev: Node | null, next: Node | null) =>
        ({
          type: 'childList',
          target: mix,
          addedNodes: added,
          removedNodes: removed,
          previousSibling: prev,
          nextSibling: next,
        }) as unknown as MutationRecord;
      for (let round = 0; round < 120; round++) {
        const records: MutationRecord[] = [];
        const shown: Element[] = [];
        for (let k = 1 + Math.floor(rand() * 3); k > 0; k--) {
          const kids = [...mix.childNodes];
          const at = pick(kids);
          const r = rand();
          if (r < 0.45) {
            const p = doc.createElement('p');
            p.textContent = `Put in ${round}.${k}.`;
            at.after(p);
            records.push(record([p], [], p.previousSibling, p.nextSibling));
          } else if (r < 0.75 && at !== mix.firstChild) {
            const prev = at.previousSibling;
            const next = at.nextSibling;
            at.remove();
            records.push(record([], [at], prev, next));
          } else if (r < 0.8) {
            const n = make(1000 + round);
            at.before(n);
            records.push(record([n], [], n.previousSibling, n.nextSibling));
          } else if (r < 0.9) {
            // the page moves a node within the container (a framework's comment anchors)
            const to = pick(kids);
            if (to === at || to.contains(at) || at.contains(to)) continue;
            records.push(record([], [at], at.previousSibling, at.nextSibling));
            at.remove();
            to.after(at);
            records.push(record([at], [], at.previousSibling, at.nextSibling));
          } else {
            const hidden = kids.find((n) => (n as HTMLElement).hidden);
            if (hidden) {
              (hidden as HTMLElement).hidden = false;
              shown.push(hidden as Element);
            }
          }
        }
        s.applyMutations(records, shown);
        expect(mine(s), `round ${round}`).toEqual(fresh(doc));
      }
    },
  );

  it('a block taken out, then the siblings its record names moved away: the loose text around it joins', () => {
    const doc = loadBody(
      '<main><div id="c"><p>Top</p>Alpha <!--a--><p id="x">X</p><!--b--> Omega<p>End</p></div></main>',
    );
    const s = session(doc);
    const c = doc.getElementById('c')!;
    const x = doc.getElementById('x')!;
    const [a, b] = [x.previousSibling!, x.nextSibling!];
    const removal = {
      type: 'childList',
      target: c,
      addedNodes: [],
      removedNodes: [x],
      previousSibling: a,
      nextSibling: b,
    } as unknown as MutationRecord;
    x.remove();
    c.lastChild!.after(a);
    c.firstChild!.before(b);
    s.applyMutations([removal]);
    expect(mine(s)).toEqual(fresh(doc));
    expect(mine(s).join('\n')).toContain('Alpha Omega');
  });

  it('what holds no text still splits or joins the text beside it: a space, a <br>, an empty block', () => {
    const doc = loadBody(
      '<main><div id="c">Alpha <p id="e"></p> Omega <b>bold</b><i>italic</i> end' +
        '<span id="s"></span><b>last</b></div></main>',
    );
    expectEachStep(doc, [
      ['an empty block taken out', () => doc.getElementById('e')!.remove()],
      ['a space put between two inline elements', () => doc.querySelector('b')!.after(' ')],
      ['a <br> put into loose text', () => doc.querySelector('i')!.before(doc.createElement('br'))],
      ['a space put into an empty inline element', () => doc.getElementById('s')!.append(' ')],
    ]);
  });

  it('a block shown, put in or taken out inside an inline element splits or joins the text around that element', () => {
    const doc = loadBody(
      '<main><div>Alpha <span id="w"><p id="h" hidden>Shown later.</p></span> Omega</div></main>',
    );
    const hidden = doc.getElementById('h')!;
    const wrapper = doc.getElementById('w')!;
    expectEachStep(doc, [
      [
        'a block shown',
        () => {
          hidden.hidden = false;
          return [hidden];
        },
      ],
      ['a block taken out', () => hidden.remove()],
      [
        'a block put in',
        () => {
          const p = doc.createElement('p');
          p.textContent = 'Put in.';
          wrapper.append(p);
        },
      ],
    ]);
  });

  it('a post put into a long feed walks the post alone: anchors, spaces and loose text elsewhere in the feed do not widen it', () => {
    const feedOf = (tag: string) => {
      const posts = Array.from(
        { length: 200 },
        (_, i) => `<!--a${i}--><article><p>Post number ${i} of the day.</p></article>\n`,
      ).join('');
      return loadBody(
        `<main><div><a href="/live">Live</a> <${tag} id="feed">${posts}` +
          `<span>200 updates</span><div class="skel"></div><article><p>Last.</p></article>` +
          `</${tag}></div></main>`,
      );
    };
    const rewalk = vi.spyOn(
      PageSession.prototype as unknown as { rewalk: (root: Element) => void },
      'rewalk',
    );
    try {
      for (const tag of ['section', 'x-feed']) {
        const doc = feedOf(tag);
        const s = session(doc);
        const w = watch(doc);
        const feed = doc.getElementById('feed')!;
        // a framework's way: an anchor, the post and a space
        const post = article(doc, 'A new post at the top.');
        feed.prepend(doc.createComment('new'), post, doc.createTextNode('\n'));
        rewalk.mockClear();
        s.applyMutations(w.take());
        expect(
          rewalk.mock.calls.map((c) => c[0]),
          tag,
        ).toEqual([post]);
        expect(mine(s), tag).toEqual(fresh(doc));
        // a placeholder replaced by a post, as a browser reports it (siblings named)
        const skel = doc.querySelector('.skel')!;
        const [prev, next] = [skel.previousSibling, skel.nextSibling];
        const filled = article(doc, 'The placeholder filled.');
        skel.replaceWith(filled);
        w.take();
        rewalk.mockClear();
        s.applyMutations([
          {
            type: 'childList',
            target: feed,
            addedNodes: [filled],
            removedNodes: [skel],
            previousSibling: prev,
            nextSibling: next,
          } as unknown as MutationRecord,
        ]);
        expect(
          rewalk.mock.calls.map((c) => c[0]),
          tag,
        ).toEqual([filled]);
        expect(mine(s), tag).toEqual(fresh(doc));
        // a script and an empty element beside blocks: nothing to walk
        doc.body.append(doc.createElement('script'), doc.createElement('div'));
        rewalk.mockClear();
        s.applyMutations(w.take());
        expect(rewalk, tag).not.toHaveBeenCalled();
      }
    } finally {
      rewalk.mockRestore();
    }
  });

  it('a no-break space is text: a paragraph holding only one comes and goes as a fresh extraction reads it', () => {
    const doc = loadBody('<main><div id="c"><p>A paragraph.</p></div></main>');
    const s = session(doc);
    const w = watch(doc);
    const nbsp = doc.createElement('p');
    nbsp.textContent = '\u00a0';
    doc.getElementById('c')!.append(nbsp);
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
    nbsp.remove();
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
  });

  it('ignores its own card host and changes outside the page text', () => {
    const doc = loadBody(LIVE);
    const s = session(doc);
    const w = watch(doc);
    doc.documentElement.append(doc.createElement(HOST));
    const script = doc.createElement('script');
    script.textContent = 'var x = "Putin";';
    doc.body.append(script);
    const ad = doc.createElement('div');
    const span = doc.createElement('span');
    span.textContent = ' ';
    ad.append(doc.createElement('img'), span);
    doc.body.append(ad);
    doc.querySelector('time')!.textContent = '09:00'; // same text again
    expect(s.applyMutations(w.take())).toBe(false);
  });

  it('does not duplicate a block that moves within the page', () => {
    const doc = loadBody(LIVE);
    const s = session(doc);
    const w = watch(doc);
    const feed = doc.getElementById('feed')!;
    const last = feed.lastElementChild!;
    feed.insertBefore(last, feed.children[1]!);
    s.applyMutations(w.take());
    expect(mine(s)).toEqual(fresh(doc));
  });

  it('keeps the first characters of the page: new posts at the top push the end out', () => {
    const doc = loadBody(LIVE);
    const s = session(doc, 180);
    const w = watch(doc);
    const feed = doc.getElementById('feed')!;
    feed.insertBefore(post(doc, 'A fresh post at the top of the live blog.'), feed.children[1]!);
    s.applyMutations(w.take());
    const texts = s.pageText().blocks.map((b) => b.text);
    expect(texts).toContain('A fresh post at the top of the live blog.');
    expect(texts.join('').length).toBeLessThanOrEqual(180);
    expect(s.truncated).toBe(true);
  });

  it('keeps the same blocks as a fresh extraction through random edits', () => {
    const doc = loadPage(fixture('news-article-en.html'));
    const s = session(doc);
    const w = watch(doc);
    let seed = 7;
    const rand = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    for (let round = 0; round < 40; round++) {
      const all = [...doc.body.querySelectorAll('p, li, h2, div')];
      const el = all[Math.floor(rand() * all.length)]!;
      const r = rand();
      if (r < 0.3) el.append(doc.createTextNode(` extra ${round}`));
      else if (r < 0.55) el.after(post(doc, `Inserted paragraph number ${round}.`));
      else if (r < 0.75 && el !== doc.body) el.remove();
      else if (el.firstChild?.nodeType === 3) (el.firstChild as Text).data = `Rewritten ${round}.`;
      else el.prepend(doc.createElement('span'));
      s.applyMutations(w.take());
      expect(mine(s), `round ${round}`).toEqual(fresh(doc));
    }
  });
});
