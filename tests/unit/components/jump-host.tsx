/** A view root with entry jumping, as the card body and the story summary provide it. */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { EntryJumpContext, useEntryJumpProvider } from '../../../components/entry-jump';

export function JumpHost({
  initialAll = false,
  children,
}: {
  /** Whether a key-first timeline starts with every entry. */
  initialAll?: boolean;
  children: ComponentChildren;
}) {
  const root = useRef<HTMLDivElement>(null);
  const jump = useEntryJumpProvider(root, initialAll);
  return (
    <EntryJumpContext.Provider value={jump}>
      <div ref={root}>{children}</div>
    </EntryJumpContext.Provider>
  );
}
