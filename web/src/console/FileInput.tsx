import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';

type FileInputProps = {
  accept: string;
  disabled?: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  /** Set by `Field` (or the caller): the field's own label names the input, this button completes it. */
  id?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
};

/**
 * A file input that speaks the console's language: the browser's own button reads "Choose File"
 * whatever the page's language. The real input stays in the page, visually hidden but reached
 * with Tab and opened with Space as before; its label is drawn as the button, and takes the
 * input's focus ring. The chosen file's name is shown and read with the input.
 */
export function FileInput({ accept, disabled, onChange, id, 'aria-describedby': describedBy, 'aria-invalid': invalid }: FileInputProps) {
  const { t } = useTranslation('console');
  const ownId = useId();
  const inputId = id ?? ownId;
  const nameId = `${inputId}-file-name`;
  const [fileName, setFileName] = useState<string | null>(null);
  return (
    <span className="file-input">
      <input
        id={inputId}
        type="file"
        className="visually-hidden"
        accept={accept}
        disabled={disabled}
        aria-describedby={[nameId, describedBy].filter(Boolean).join(' ')}
        aria-invalid={invalid}
        onChange={(event) => {
          setFileName(event.currentTarget.files?.[0]?.name ?? null);
          onChange(event);
        }}
      />
      <label htmlFor={inputId} className="file-input-button" aria-disabled={disabled || undefined}>
        {t('file.choose')}
      </label>
      <span id={nameId} className="file-input-name">
        {fileName ? t('file.chosen', { name: fileName }) : t('file.none')}
      </span>
    </span>
  );
}
