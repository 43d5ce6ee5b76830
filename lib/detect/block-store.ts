/**
 * The background's copy of one page's text blocks, kept in step with the page side
 * by small updates (lib/extract/page-session.ts BlockUpdate): the page sends each
 * block's text once, then only the order and kinds of its blocks and the new ones.
 * Pure: no browser APIs.
 */
import type { BlockKind, PageText } from '../page-text';

const KIND: Record<string, BlockKind> = { h: 'headline', m: 'main', c: 'chrome', o: 'other' };

export interface StoreUpdate {
  /** Page-side session id: a new one starts a new page. */
  page: string;
  seq: number;
  /** The seq this update builds on; null for a whole page. */
  base: number | null;
  /** Block ids in document order: base-36, comma-separated. */
  order: string;
  kinds: string;
  /** New blocks: ids and lengths (base-36, comma-separated) and their texts joined. */
  added: { ids: string; lengths: string; text: string };
  title?: string;
  lang?: string;
  published?: string;
}

const ids = (list: string): number[] =>
  list === '' ? [] : list.split(',').map((x) => parseInt(x, 36));

/** The new blocks of an update, or null when its parts do not fit together. */
function addedBlocks(a: StoreUpdate['added']): Array<[number, string]> | null {
  const id = ids(a.ids);
  const len = ids(a.lengths);
  if (id.length !== len.length) return null;
  const out: Array<[number, string]> = [];
  let at = 0;
  for (let i = 0; i < id.length; i++) {
    const n = len[i]!;
    if (!(n >= 0) || at + n > a.text.length || Number.isNaN(id[i]!)) return null;
    out.push([id[i]!, a.text.slice(at, at + n)]);
    at += n;
  }
  return at === a.text.length ? out : null;
}

export class BlockStore {
  private page = '';
  private seq = -1;
  private texts = new Map<number, string>();
  private order: number[] = [];
  private text: PageText = { blocks: [] };

  /**
   * Applies an update. False when it builds on a state this store does not have
   * (another page, a missed message, a restarted background): the page must resend.
   */
  apply(u: StoreUpdate): boolean {
    const fresh = u.base === null;
    if (!fresh && (u.page !== this.page || u.base !== this.seq)) return false;
    const order = ids(u.order);
    const added = addedBlocks(u.added);
    if (!added || u.kinds.length !== order.length) return false;
    const texts = fresh ? new Map<number, string>() : new Map(this.texts);
    for (const [id, text] of added) texts.set(id, text);
    const blocks: PageText['blocks'] = [];
    for (let i = 0; i < order.length; i++) {
      const text = texts.get(order[i]!);
      const kind = KIND[u.kinds[i]!];
      if (text === undefined || !kind) return false;
      blocks.push({ text, kind });
    }
    // Forget blocks the page no longer has.
    const live = new Set(order);
    for (const id of texts.keys()) if (!live.has(id)) texts.delete(id);
    this.page = u.page;
    this.seq = u.seq;
    this.texts = texts;
    this.order = order;
    this.text = {
      blocks,
      ...(u.title ? { title: u.title } : {}),
      ...(u.lang ? { lang: u.lang } : {}),
      ...(u.published ? { published: u.published } : {}),
    };
    return true;
  }

  /** The page as the detector reads it. */
  pageText(): PageText {
    return this.text;
  }

  /** The page-side id of block `index` of pageText(). */
  blockId(index: number): number {
    return this.order[index]!;
  }

  /** Characters held (for the background's memory bound). */
  size(): number {
    let n = 0;
    for (const t of this.texts.values()) n += t.length;
    return n;
  }
}
