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
  /** Under nav/aside/footer/…: nothing below can become main content. */
  readonly strong: boolean;
  readonly inMain: boolean;
  readonly pre: boolean;
  /** This element starts and ends a block. */
  readonly boundary: boolean;
}

/**
 * What the walks of one page share. Ids are per element and kept, so a later walk of
 * a changed part of the page (lib/extract/page-session.ts) gives its blocks the same
 * ancestry and landmark ids as the first walk did.
 */
export interface WalkState {
  seenH1: boolean;
  /** Container elements' ids (block ancestry), assigned on first sight. */
  ids: WeakMap<Element, number>;
  nextId: number;
  /** Article/main landmarks' root ids; rootParent and rootUnderChrome are indexed by them. */
  roots: WeakMap<Element, number>;
  rootParent: number[];
  rootUnderChrome: boolean[];
}

/** A fresh state for one page. */
export function newWalkState(): WalkState {
  return {
    seenH1: false,
    ids: new WeakMap(),
    nextId: 0,
    roots: new WeakMap(),
    rootParent: [],
    rootUnderChrome: [],
  };
}

function idOf(state: WalkState, el: Element): number {
  let id = state.ids.get(el);
  if (id === undefined) {
    id = state.nextId++;
    state.ids.set(el, id);
  }
  return id;
}

function rootOf(state: WalkState, el: Element, parentRoot: number, underChrome: boolean): number {
  let root = state.roots.get(el);
  if (root === undefined) {
    root = state.rootParent.length;
    state.roots.set(el, root);
    state.rootParent.push(parentRoot);
    state.rootUnderChrome.push(underChrome);
  }
  return root;
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
      root = rootOf(state, el, p.root, p.kind === 'chrome');
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
  const pre = p.pre || tag === 'pre' || tag === 'listing' || tag === 'plaintext' || tag === 'xmp';
  // An inline element that changes nothing shares its parent's context (no allocation).
  if (
    !block &&
    kind === p.kind &&
    root === p.root &&
    pre === p.pre &&
    provisional === p.provisional &&
    strong === p.strong &&
    inMain === p.inMain
  ) {
    return p;
  }
  const container = block && tag !== 'br' && tag !== 'hr';
  const id = container ? idOf(state, el) : -1;
  return {
    kind,
    provisional,
    root,
    strong,
    inMain,
    pre,
    boundary: block || kind !== p.kind || root !== p.root,
    para: container ? tag === 'p' : p.para,
    heading: container ? HEADINGS.has(tag) : p.heading,
    b0: container ? id : p.b0,
    b1: container ? p.b0 : p.b1,
    b2: container ? p.b1 : p.b2,
    b3: container ? p.b2 : p.b3,
  };
}
