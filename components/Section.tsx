import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { Heading } from './Heading';
import type { HeadingLevel } from './types';
import { ChevronIcon } from './card-icons';

interface SectionProps {
  title: string;
  level?: HeadingLevel;
  /** Open at first render (default true); the reader can collapse and reopen it. */
  defaultOpen?: boolean;
  /** Extra class on the section, e.g. to style one section differently. */
  class?: string;
  children: ComponentChildren;
}

/**
 * A titled section that collapses: the heading holds a button with aria-expanded
 * (the WAI-ARIA disclosure pattern), so it stays a heading for screen readers.
 */
export function Section({
  title,
  level = 2,
  defaultOpen = true,
  class: cls,
  children,
}: SectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <section class={cls ? `fl-section ${cls}` : 'fl-section'} aria-labelledby={`${id}-h`}>
      <Heading level={level} class="fl-section__heading" id={`${id}-h`}>
        <button
          type="button"
          class="fl-section__toggle"
          aria-expanded={open}
          aria-controls={`${id}-b`}
          onClick={() => setOpen(!open)}
        >
          <span class="fl-section__title">{title}</span>
          <ChevronIcon class="fl-section__chevron" />
        </button>
      </Heading>
      <div class="fl-section__body" id={`${id}-b`} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
