import type { Translate } from '../lib/i18n';

export interface PassageNavProps {
  /** Passages that can be shown on the page. */
  total: number;
  /** Position (0-based) of the passage shown last, or null before the first jump. */
  current: number | null;
  /** Go to the previous (-1) or next (+1) passage; the host wraps around. */
  onStep: (direction: -1 | 1) => void;
  t: Translate;
}

const Arrow = ({ d }: { d: string }) => (
  <svg class="fl-pnav__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    <path d={d} fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
  </svg>
);

/** "Passage 2 of 5" with previous/next buttons that scroll the page to each passage. */
export function PassageNav({ total, current, onStep, t }: PassageNavProps) {
  const label =
    current === null
      ? t('passages.count', { count: total })
      : t('passages.position', { current: current + 1, total });
  return (
    <div class="fl-pnav" role="group" aria-label={t('passages.group')}>
      <button
        type="button"
        class="fl-pnav__btn"
        aria-label={t('passages.previous')}
        title={t('passages.previous')}
        disabled={total === 0}
        onClick={() => onStep(-1)}
      >
        <Arrow d="M10 3.5 5.5 8l4.5 4.5" />
      </button>
      <span class="fl-pnav__label" aria-live="polite">
        {label}
      </span>
      <button
        type="button"
        class="fl-pnav__btn"
        aria-label={t('passages.next')}
        title={t('passages.next')}
        disabled={total === 0}
        onClick={() => onStep(1)}
      >
        <Arrow d="M6 3.5 10.5 8 6 12.5" />
      </button>
    </div>
  );
}
