/**
 * What one element means to extraction, decided from its tag name and
 * attributes only: never computed style, which forces a style recalc per
 * element on a live page and differs between happy-dom and browsers.
 */

/** Subtrees whose text a reader never sees as page text (or that are form controls). */
const SKIPPED_TAGS = new Set(
  (
    'head script style noscript template svg math iframe object embed canvas video audio ' +
    'picture map select option optgroup datalist textarea input button meter progress output'
  ).split(' '),
);

/** Elements that start and end a block of text; everything else is inline. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body br caption center dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li ' +
    'main menu nav ol p pre section summary table tbody td tfoot th thead tr ul listing ' +
    'plaintext xmp'
  ).split(' '),
);

/** Inline style that hides an element; a string test on the attribute, no style engine. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i;

/** The attributes by which `isSkipped` leaves an element out. */
export const HIDING_ATTRIBUTES = ['hidden', 'aria-hidden', 'style', 'open'] as const;

/**
 * Whether an attribute's change (`old`: its value before) shows what was left out by it:
 * `hidden` taken off, `aria-hidden="true"` taken off where `isSkipped` honoured it (not on a
 * page wrapper, which modal libraries mark and unmark with every dialog), a hiding inline
 * style taken off, a dialog opened.
 */
export function reveals(el: Element, name: string, old: string | null): boolean {
  const now = el.getAttribute(name);
  if (name === 'hidden') return old !== null && now === null;
  if (name === 'aria-hidden') {
    return old === 'true' && now !== 'true' && !isPageWrapper(el, el.localName);
  }
  if (name === 'open') return el.localName === 'dialog' && old === null && now !== null;
  return name === 'style' && HIDDEN_STYLE.test(old ?? '') && !HIDDEN_STYLE.test(now ?? '');
}

/** True when the element and everything under it should be left out of the page text. */
export function isSkipped(el: Element, tag: string, hostTag: string | undefined): boolean {
  if (SKIPPED_TAGS.has(tag) || tag === hostTag) return true;
  // Most elements carry no attribute at all: one call instead of five.
  if (!el.hasAttributes()) return tag === 'dialog';
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && !isPageWrapper(el, tag)) return true;
  if (tag === 'dialog' && !el.hasAttribute('open')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

/**
 * Modal and consent libraries (react-modal, Radix, MUI…) set aria-hidden on the
 * whole page behind an open dialog; honouring it there would lose the article
 * whenever a cookie banner is up. A body child is taken for such a wrapper when
 * it holds the article's landmarks or headline: one querySelector, and only for
 * the rare aria-hidden children of body (a hidden news-ticker clone stays hidden).
 */
function isPageWrapper(el: Element, tag: string): boolean {
  if (tag === 'main' || tag === 'article' || el.getAttribute('role') === 'main') return true;
  return (
    el.parentElement?.localName === 'body' &&
    el.querySelector('main, article, [role="main"], h1') !== null
  );
}

/** True for elements that break text into separate blocks. */
export function isBlockTag(tag: string): boolean {
  return BLOCK_TAGS.has(tag);
}

/** ARIA roles that mark page chrome as surely as <nav> or <footer> do. */
const CHROME_ROLES = new Set(
  (
    'navigation banner contentinfo complementary search dialog alertdialog menu menubar ' +
    'toolbar tablist'
  ).split(' '),
);

/**
 * Class/id words for chrome. Left edge must be a word start; the first group may
 * continue (`related-articles`, `relatedPosts`), the second must end at a word
 * edge so `commentary` or `shared-content` do not match.
 */
const CHROME_WORDS =
  /(?:^|[^a-z])(?:(?:related|recommend|more-?stories|read-?more|also-?read|see-?also|popular|trending|most-?read|sidebar|breadcrumb|newsletter|cookie|consent|gdpr|skip-?link|outbrain|taboola|social)|(?:share|sharing|comments?|promo|ads?|advert|nav|navbar|menu|footer|tags|teasers?|subscribe)(?:[^a-z]|$))/i;

/** Class/id patterns of article-body containers. */
const MAIN_WORDS =
  /(?:^|[^a-z])(?:article|story|entry|post|news)[-_]{0,2}(?:body|content|text)(?:[^a-z]|$)/i;

export type Landmark = 'chrome' | 'weak-chrome' | 'main' | 'article' | null;

/** How an element changes the kind of the text under it. `inMain`: an article/main is open above it. */
export function landmarkOf(el: Element, tag: string, inMain: boolean): Landmark {
  if (tag === 'nav' || tag === 'aside' || tag === 'footer') return 'chrome';
  // An article's own <header> holds its headline and byline; the page's is chrome.
  if (tag === 'header') return inMain ? null : 'chrome';
  if (tag === 'article') return 'article';
  if (tag === 'main') return 'main';
  if (!el.hasAttributes()) return null;
  const role = el.getAttribute('role');
  if (role !== null) {
    if (CHROME_ROLES.has(role)) return 'chrome';
    if (role === 'main') return 'main';
    if (role === 'article') return 'article';
  }
  const itemprop = el.getAttribute('itemprop');
  if (itemprop !== null && /\barticleBody\b/.test(itemprop)) return 'main';
  if (tag === 'body' || tag === 'html') return null; // layout classes like `has-sidebar` live here
  const names = classAndId(el);
  if (names === '') return null;
  if (MAIN_WORDS.test(names)) return 'main';
  return CHROME_WORDS.test(names) ? 'weak-chrome' : null;
}

/** True for `[itemprop~=headline]`. */
export function isHeadlineProp(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  const itemprop = el.getAttribute('itemprop');
  return itemprop !== null && /\bheadline\b/.test(itemprop);
}

function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (cls === null) return id ?? '';
  return id === null ? cls : `${cls} ${id}`;
}
