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
  order: readonly number[];
  kinds: string;
  added: ReadonlyArray<readonly [number, string]>;
  title?: string;
  lang?: string;
  published?: string;
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
    if (u.kinds.length !== u.order.length) return false;
    const texts = fresh ? new Map<number, string>() : this.texts;
    for (const [id, text] of u.added) texts.set(id, text);
    const blocks: PageText['blocks'] = [];
    for (let i = 0; i < u.order.length; i++) {
      const text = texts.get(u.order[i]!);
      if (text === undefined) return false;
      blocks.push({ text, kind: KIND[u.kinds[i]!]! });
    }
    // Forget blocks the page no longer has.
    const live = new Set(u.order);
    for (const id of texts.keys()) if (!live.has(id)) texts.delete(id);
    this.page = u.page;
    this.seq = u.seq;
    this.texts = texts;
    this.order = [...u.order];
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
