import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';
import { Legend } from './Legend';

/** One option of a radio group. */
export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
  /** BCP 47 tag when the label is in another language (language names). */
  lang?: string;
  /** A small picture above the label (cards layout). */
  picture?: ComponentChildren;
  /** Shown under this option while it is selected (e.g. the site list for "listed"). */
  more?: ComponentChildren;
}

export interface ChoiceGroupProps<V extends string> {
  legend: string;
  /** Heading level inside the legend (options page), or none (popup). */
  level?: 2 | null;
  /** A line under the legend that applies to the whole group. */
  hint?: string;
  value: V;
  choices: Choice<V>[];
  onChange(value: V): void;
  /** rows: one option a line; tiles: side by side with pictures; grid: compact tiles; segmented: one bar. */
  layout: 'rows' | 'tiles' | 'grid' | 'segmented';
}

/**
 * A radio group as a fieldset: native radios (arrow keys move between options),
 * each option a label with its hint attached by aria-describedby.
 */
export function ChoiceGroup<V extends string>(props: ChoiceGroupProps<V>) {
  const { legend, level = null, hint, value, choices, onChange, layout } = props;
  const id = useId();
  return (
    <fieldset class="fl-set-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <Legend level={level}>{legend}</Legend>
      {hint && (
        <p class="fl-set-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <div class={`fl-choices fl-choices--${layout}`}>
        {choices.map((c, i) => {
          const checked = c.value === value;
          const hintId = c.hint ? `${id}-h${i}` : undefined;
          return (
            <div class="fl-choice-wrap" key={c.value}>
              <label class="fl-choice" data-checked={checked}>
                <input
                  type="radio"
                  class="fl-choice__input"
                  name={id}
                  value={c.value}
                  checked={checked}
                  // Named by the label alone; the hint is the description, not part of the name.
                  aria-labelledby={`${id}-l${i}`}
                  aria-describedby={hintId}
                  onChange={() => onChange(c.value)}
                />
                {c.picture && (
                  <span class="fl-choice__picture" aria-hidden="true">
                    {c.picture}
                  </span>
                )}
                <span class="fl-choice__text">
                  <span class="fl-choice__label" id={`${id}-l${i}`} lang={c.lang}>
                    {c.label}
                  </span>
                  {c.hint && (
                    <span class="fl-choice__hint" id={hintId}>
                      {c.hint}
                    </span>
                  )}
                </span>
              </label>
              {checked && c.more && <div class="fl-choice__more">{c.more}</div>}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
