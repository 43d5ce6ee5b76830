/**
 * Going from a position step, another government's reaction or a "new since" brief to
 * its timeline entry inside the same view (card or popup): the timeline shows every
 * entry if it was showing the key ones only, then the entry is scrolled into view and
 * focused. No URL fragment: in the card, a fragment would change the host page's URL.
 */
import { createContext, type RefObject } from 'preact';
import { useCallback, useContext, useEffect, useRef, useState } from 'preact/hooks';

export interface EntryJump {
  /** Shows the entry and moves focus to it. */
  jump(entryId: string): void;
  /** The timeline shows every entry (after a jump to one that is not key, or the reader asked). */
  showAll: boolean;
  setShowAll(all: boolean): void;
}

export const EntryJumpContext = createContext<EntryJump | null>(null);

/** The entry's element in the view: a timeline entry carries its id in `data-entry`. */
const entryIn = (root: HTMLElement | null, entryId: string) =>
  root?.querySelector<HTMLElement>(
    `.fl-tl-entry[data-entry="${entryId.replace(/[^a-z0-9-]/g, '')}"]`,
  ) ?? null;

/** Jumping for one view rooted at `root`; `initialAll`: whether the timeline starts with every entry. */
export function useEntryJumpProvider(root: RefObject<HTMLElement>, initialAll: boolean): EntryJump {
  const [showAll, setShowAll] = useState(initialAll);
  const pending = useRef<string | null>(null);
  const focus = useCallback(
    (entryId: string) => {
      const el = entryIn(root.current, entryId);
      if (!el) return false;
      el.scrollIntoView?.({ block: 'nearest' });
      el.focus({ preventScroll: true });
      return true;
    },
    [root],
  );
  useEffect(() => {
    const id = pending.current;
    pending.current = null;
    if (id) focus(id);
  });
  const jump = useCallback(
    (entryId: string) => {
      if (focus(entryId)) return;
      // Not rendered yet (the timeline shows key entries only): after the next render.
      pending.current = entryId;
      setShowAll(true);
    },
    [focus],
  );
  return { jump, showAll, setShowAll };
}

/** The view's jump, or none (a component used alone). */
export function useEntryJump(): EntryJump | null {
  return useContext(EntryJumpContext);
}
