import { useId } from 'react';
import { toggle } from '../view/filters.ts';

type Props<T extends string> = { legend: string; options: readonly T[]; chosen: readonly T[]; label: (option: T) => string; onChange: (chosen: T[]) => void };

/** A fieldset of checkboxes: a legend read before each choice, every choice its own label. */
export function ChoiceGroup<T extends string>({ legend, options, chosen, label, onChange }: Props<T>) {
  const name = useId();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="choice-grid">
        {options.map((option) => (
          <label key={option}>
            <input type="checkbox" name={name} checked={chosen.includes(option)} onChange={() => onChange(toggle(chosen, option))} />
            {label(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
