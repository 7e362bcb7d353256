import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ZodType } from 'zod';
import { checkForm } from '../form-errors.ts';
import { useAction } from '../use-action.ts';

type SettingsFormOptions<Form, Answer> = {
  load: () => Promise<Answer>;
  save: (form: Form) => Promise<Answer>;
  /** The schema the API checks the form with, so the form says the same before sending. */
  schema: ZodType<Form>;
  /** The form's part of an answer (the settings answer also lists pending domains). */
  formOf: (answer: Answer) => Form;
  savedMessage: string;
};

/**
 * A console settings form: loaded from the API, checked with the API's schema, saved, and shown
 * again as the API answered. Errors per field are the local check's, else the API's.
 */
export function useSettingsForm<Form extends object, Answer>({ load, save, schema, formOf, savedMessage }: SettingsFormOptions<Form, Answer>) {
  const { i18n } = useTranslation('console');
  const [form, setForm] = useState<Form | null>(null);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const action = useAction();
  const show = useCallback(
    (next: Answer) => {
      setAnswer(next);
      setForm(formOf(next));
    },
    [formOf],
  );

  useEffect(() => {
    void action.run(load).then((loaded) => loaded && show(loaded));
  }, []);

  const set = (patch: Partial<Form>) => setForm((current) => (current === null ? null : { ...current, ...patch }));
  const errors = (field: string) => local[field] ?? action.fields[field];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!form) return;
    const checked = checkForm(schema, form, i18n.language);
    setLocal(checked.ok ? {} : checked.fields);
    if (!checked.ok) return;
    const saved = await action.run(() => save(checked.value), savedMessage);
    if (saved) show(saved);
  }

  return { form, answer, set, errors, submit, show, action };
}
