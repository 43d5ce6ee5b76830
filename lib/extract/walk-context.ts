/**
 * The context each open element gives the text below it during the DOM walk:
 * its kind (main, chrome, headline), landmark root and block ancestry.
 */
import type { BlockKind } from '../page-text';
import { isBlockTag, isHeadlineProp, landmarkOf } from './element-rules';
import type { BlockSite } from './refine-kinds';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** What an open element means for text below it. */
export interface Ctx extends BlockSite {
  readonly node: Node;
  /** Under nav/aside/footer/…: nothing below can become main content. */
  readonly strong: boolean;
  readonly inMain: boolean;
  readonly pre: boolean;
  /** This element starts and ends a block. */
  readonly boundary: boolean;
}

/** Counters shared by the whole walk. */
export interface WalkState {
  nextId: number;
  seenH1: boolean;
  rootParent: number[];
  rootUnderChrome: boolean[];
}

/** The context an element opens, given its parent's. */
export function enter(el: Element, p: Ctx, state: WalkState): Ctx {
  const tag = el.localName;
  let kind: BlockKind = p.kind;
  let { strong, inMain, root, provisional } = p;
  if (!strong) {
    const mark = landmarkOf(el, tag, inMain);
    if (mark === 'chrome') {
      kind = 'chrome';
      strong = true;
    } else if (mark === 'main' || mark === 'article') {
      // Beats class-based chrome: layout wrappers carry words like `sidebar`.
      root = state.rootParent.length;
      state.rootParent.push(p.root);
      state.rootUnderChrome.push(p.kind === 'chrome');
      kind = 'main';
      inMain = true;
      provisional = false;
    } else if (mark === 'weak-chrome') {
      kind = 'chrome';
    }
    if (kind !== 'chrome' && kind !== 'headline' && (tag === 'h1' || isHeadlineProp(el))) {
      const explicit = kind === 'main' || tag !== 'h1';
      if (explicit || !state.seenH1) {
        kind = 'headline';
        provisional = !explicit;
      }
      if (tag === 'h1') state.seenH1 = true;
    }
  }
  const block = isBlockTag(tag);
  const container = block && tag !== 'br' && tag !== 'hr';
  const id = container ? state.nextId++ : -1;
  return {
    node: el,
    kind,
    provisional,
    root,
    strong,
    inMain,
    pre: p.pre || tag === 'pre' || tag === 'listing' || tag === 'plaintext' || tag === 'xmp',
    boundary: block || kind !== p.kind || root !== p.root,
    para: container ? tag === 'p' : p.para,
    heading: container ? HEADINGS.has(tag) : p.heading,
    b0: container ? id : p.b0,
    b1: container ? p.b0 : p.b1,
    b2: container ? p.b1 : p.b2,
    b3: container ? p.b2 : p.b3,
  };
}
