import { useEffect, useRef } from 'preact/hooks';
import { Card, type CardProps } from './Card';
import { CardPill } from './CardPill';

type Target = 'card' | 'pill' | 'toggle';

export interface CardRootProps extends Omit<
  CardProps,
  'onEscape' | 'onToggle' | 'rootRef' | 'toggleRef'
> {
  ui: 'pill' | 'card';
  /** Esc on the compact card folds it back to the pill (true) or dismisses it (false). */
  foldsToPill: boolean;
  /** Pill → card. */
  onOpen: () => void;
  /** Card → pill. */
  onFold: () => void;
  onExpandedChange: (expanded: boolean) => void;
}

/**
 * The card script's view: the pill or the card. Focus moves only after the
 * reader acts inside it (opening lands on the card, Esc returns to the control
 * that opened the part just closed); it is never taken from the page on mount.
 */
export function CardRoot(props: CardRootProps) {
  const { ui, expanded } = props;
  const pending = useRef<Target | null>(null);
  const root = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const pill = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const target = pending.current;
    pending.current = null;
    if (target === 'card') root.current?.focus();
    else if (target === 'toggle') toggle.current?.focus();
    else if (target === 'pill') pill.current?.focus();
  }, [ui, expanded]);

  const move = (target: Target, action: () => void) => {
    pending.current = target;
    action();
  };

  if (ui === 'pill') {
    return (
      <CardPill
        {...props}
        buttonRef={pill}
        onOpen={() => move('card', props.onOpen)}
        onDismiss={props.onDismiss}
      />
    );
  }
  return (
    <Card
      {...props}
      rootRef={root}
      toggleRef={toggle}
      onToggle={() => props.onExpandedChange(!expanded)}
      onEscape={() => {
        if (expanded) move('toggle', () => props.onExpandedChange(false));
        else if (props.foldsToPill) move('pill', props.onFold);
        else props.onDismiss();
      }}
    />
  );
}
