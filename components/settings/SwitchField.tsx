import { useId } from 'preact/hooks';

export interface SwitchFieldProps {
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange(checked: boolean): void;
}

/** An on/off setting: a native checkbox with role="switch", its label and hint. */
export function SwitchField({ label, hint, checked, disabled, onChange }: SwitchFieldProps) {
  const id = useId();
  return (
    <div class="fl-set-switch">
      <label class="fl-set-switch__label" for={id}>
        <span class="fl-set-switch__title" id={`${id}-title`}>
          {label}
        </span>
        {hint && (
          <span class="fl-set-switch__hint" id={`${id}-hint`}>
            {hint}
          </span>
        )}
      </label>
      <span class="fl-set-switch__control">
        <input
          id={id}
          type="checkbox"
          role="switch"
          class="fl-set-switch__input"
          checked={checked}
          disabled={disabled}
          aria-labelledby={`${id}-title`}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span class="fl-set-switch__track" aria-hidden="true">
          <span class="fl-set-switch__thumb" />
        </span>
      </span>
    </div>
  );
}
