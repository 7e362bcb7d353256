import { useId, type ReactElement, type ReactNode } from 'react';
import { cloneElement } from 'react';

type FieldProps = { label: ReactNode; errors?: string[] | undefined; hint?: ReactNode; children: ReactElement<Record<string, unknown>> };

/** A labelled control with its hint and errors tied to it for assistive technologies. */
export function Field({ label, errors, hint, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="console-field">
      <label htmlFor={id}>{label}</label>
      {hint ? <span id={hintId} className="console-hint">{hint}</span> : null}
      {cloneElement(children, { id, 'aria-describedby': describedBy, 'aria-invalid': errors?.length ? true : undefined })}
      {errors?.length ? <span id={errorId} className="console-error">{errors.join(' ')}</span> : null}
    </div>
  );
}
