/**
 * The message path between the page side and the background: a PageSession's updates,
 * decoded by the background's BlockStore, give the background exactly the page the
 * page side holds — first the whole page, then only what changed — and a store that
 * lacks an update's base says so (the page side then sends the whole page).
 */
import { describe, expect, it } from 'vitest';
import { BlockStore, type StoreUpdate } from '../../../lib/detect/block-store';
import { PageSession } from '../../../lib/extract/page-session';
import { loadBody } from '../extract/load-page';

const PAGE = `<main><article id="feed"><h1>Live: the day's news</h1>
  <div class="post"><p>First post about the harbour festival.</p></div>
  <div class="post"><p>The council met early to discuss the trams.</p></div></article></main>
  <footer><p>© The Ledger</p></footer>`;

/** A page-side stand-in: a session, what the store acknowledged, and the next message. */
function pageSide(doc: Document) {
  const s = new PageSession(doc, { hostTag: 'factline-card' });
  s.extractAllNow();
  let seq = 0;
  let acked: { seq: number; ids: Set<number> } | null = null;
  return {
    session: s,
    message(): StoreUpdate {
      const u = s.updateFor(acked?.ids ?? new Set());
      return { page: 'abcdefgh', seq: ++seq, base: acked?.seq ?? null, ...u };
    },
    ack(m: StoreUpdate) {
      acked = { seq: m.seq, ids: new Set(s.ids()) };
    },
    forget() {
      acked = null;
    },
  };
}

const texts = (p: { blocks: { text: string; kind: string }[] }) =>
  p.blocks.map((b) => `${b.kind}:${b.text}`);

describe('page blocks through the BlockStore', () => {
  it('gives the background the page side’s blocks, then only the changes', () => {
    const doc = loadBody(PAGE);
    const side = pageSide(doc);
    const store = new BlockStore();
    const first = side.message();
    expect(store.apply(first)).toBe(true);
    side.ack(first);
    expect(texts(store.pageText())).toEqual(texts(side.session.pageText()));

    const obs = new MutationObserver(() => undefined);
    obs.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    const p = doc.createElement('p');
    p.textContent = 'A new post: the bridge opens.';
    doc.getElementById('feed')!.append(p);
    doc.querySelector('.post')!.remove();
    side.session.applyMutations(obs.takeRecords());
    const second = side.message();
    expect(second.added.text).toBe('A new post: the bridge opens.');
    expect(store.apply(second)).toBe(true);
    side.ack(second);
    expect(texts(store.pageText())).toEqual(texts(side.session.pageText()));
    // Passages come back by block id: the store maps its indices to the page's ids.
    expect(side.session.pageText().blocks.map((_, i) => store.blockId(i))).toEqual(
      side.session.ids(),
    );
  });

  it('asks for the whole page when it lacks the update’s base', () => {
    const side = pageSide(loadBody(PAGE));
    const first = side.message();
    side.ack(first); // as if the background had applied it, then restarted
    const store = new BlockStore();
    expect(store.apply(side.message())).toBe(false);
    side.forget();
    expect(store.apply(side.message())).toBe(true);
    expect(texts(store.pageText())).toEqual(texts(side.session.pageText()));
  });

  it('rejects updates whose parts do not fit together', () => {
    const store = new BlockStore();
    const base = { page: 'abcdefgh', seq: 1, base: null, kinds: 'm' } as const;
    expect(
      store.apply({ ...base, order: '1', added: { ids: '1', lengths: '9', text: 'short' } }),
    ).toBe(false);
    expect(
      store.apply({ ...base, order: '1', added: { ids: '1,2', lengths: '5', text: 'short' } }),
    ).toBe(false);
    expect(
      store.apply({ ...base, order: '2', added: { ids: '1', lengths: '5', text: 'short' } }),
    ).toBe(false);
    expect(
      store.apply({
        ...base,
        kinds: 'x',
        order: '1',
        added: { ids: '1', lengths: '5', text: 'short' },
      }),
    ).toBe(false);
    expect(
      store.apply({ ...base, order: '1', added: { ids: '1', lengths: '5', text: 'short' } }),
    ).toBe(true);
    expect(store.pageText().blocks).toEqual([{ text: 'short', kind: 'main' }]);
  });
});
