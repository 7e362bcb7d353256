import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../web/src/i18n/index.ts';
import { emptyForm, STEPS, stepOfField, validateFields, type FieldErrors, type FormValues } from '../../web/src/register/form-model.ts';
import { HoursStep } from '../../web/src/register/HoursStep.tsx';
import { NEW_EXCEPTION } from '../../web/src/register/hours-text.ts';
import { testTenant } from './test-tenant.ts';

const tenant = testTenant();
const ADD = 'Ajouter une fermeture ou des horaires exceptionnels';

/** The hours step as the registration page holds it, with its "Next" check. */
function Harness() {
  const [values, setValues] = useState<FormValues>(emptyForm());
  const [errors, setErrors] = useState<FieldErrors>({});
  return (
    <>
      <HoursStep values={values} set={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={errors} tenant={tenant} />
      <button type="button" onClick={() => setErrors(validateFields(values, ['openingHours'], 'fr'))}>
        Vérifier
      </button>
    </>
  );
}

const summary = () => document.querySelector('code')?.textContent;
const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const setDate = (label: string, value: string) => fireEvent.change(field(label), { target: { value } });

async function renderWithOnePeriod() {
  render(<Harness />);
  await userEvent.click(await screen.findByRole('button', { name: ADD }));
  return screen.getByRole('group', { name: 'Période 1' });
}

beforeAll(async () => {
  await initI18n('fr');
});
afterEach(cleanup);

describe('exceptional closures and hours in the hours step', () => {
  it('adds a period as a labelled group, focused on its first day, closed by default', async () => {
    const period = await renderWithOnePeriod();
    expect(screen.getByRole('heading', { name: 'Fermetures et horaires exceptionnels' })).toBeTruthy();
    expect(document.activeElement).toBe(field('Période 1 : Premier jour'));
    expect(field('Période 1 : Premier jour').type).toBe('date');
    expect((within(period).getByRole('radio', { name: 'Fermé' }) as HTMLInputElement).checked).toBe(true);
    expect(within(period).queryByLabelText('Période 1 : De')).toBeNull();
  });

  it('writes a closure after the week, the last day following the first until it is set', async () => {
    await renderWithOnePeriod();
    setDate('Période 1 : Premier jour', '2026-12-24');
    expect(field('Période 1 : Dernier jour').value).toBe('2026-12-24');
    expect(summary()).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off; 2026 Dec 24 off');
    setDate('Période 1 : Dernier jour', '2027-01-02');
    expect(summary()).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off; 2026 Dec 24-2027 Jan 02 off');
  });

  it('offers the day’s hours for special hours, from the keyboard', async () => {
    const period = await renderWithOnePeriod();
    setDate('Période 1 : Premier jour', '2026-12-24');
    within(period).getByRole('radio', { name: 'Horaires exceptionnels' }).focus();
    await userEvent.keyboard(' ');
    expect(summary()).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off; 2026 Dec 24 09:00-12:00');
    await userEvent.clear(field('Période 1 : à'));
    await userEvent.type(field('Période 1 : à'), '12:30');
    await userEvent.click(within(period).getByRole('checkbox', { name: 'Pause déjeuner' }));
    expect(summary()).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off; 2026 Dec 24 09:00-12:30,14:00-19:00');
  });

  it('removes a period and puts the focus back on the add button', async () => {
    await renderWithOnePeriod();
    await userEvent.click(screen.getByRole('button', { name: ADD }));
    setDate('Période 1 : Premier jour', '2026-12-24');
    setDate('Période 2 : Premier jour', '2026-12-31');
    await userEvent.click(screen.getByRole('button', { name: 'Supprimer la période 1' }));
    expect(screen.queryByRole('group', { name: 'Période 2' })).toBeNull();
    expect(field('Période 1 : Premier jour').value).toBe('2026-12-31');
    expect(summary()).toBe('Mo-Sa 09:00-12:30,14:00-19:00; PH off; 2026 Dec 31 off');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: ADD }));
  });

  it('says on the last day that a period ends before it starts, until it is fixed', async () => {
    await renderWithOnePeriod();
    setDate('Période 1 : Premier jour', '2026-12-26');
    setDate('Période 1 : Dernier jour', '2026-12-24');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    const last = field('Période 1 : Dernier jour');
    expect(last.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(last.getAttribute('aria-describedby')!)?.textContent).toBe('Une période doit finir après son début.');
    setDate('Période 1 : Dernier jour', '2026-12-27');
    expect(screen.queryByText('Une période doit finir après son début.')).toBeNull();
    expect(field('Période 1 : Dernier jour').getAttribute('aria-invalid')).toBeNull();
  });

  it('asks for the dates of a new period and for special hours that end after they start', async () => {
    const period = await renderWithOnePeriod();
    await userEvent.click(within(period).getByRole('radio', { name: 'Horaires exceptionnels' }));
    await userEvent.clear(field('Période 1 : De'));
    await userEvent.type(field('Période 1 : De'), '13:00');
    await userEvent.click(screen.getByRole('button', { name: 'Vérifier' }));
    expect(within(period).getAllByText('Indiquez une date valide.')).toHaveLength(2);
    expect(field('Période 1 : à').getAttribute('aria-describedby')).toBe('exception-0-end-error');
    expect(document.getElementById('exception-0-end-error')?.textContent).toBe('Une plage horaire doit finir après son début et durer au plus 24 heures.');
  });
});

describe('checking the exceptions with the shared schema', () => {
  const withExceptions = (exceptions: FormValues['hours']['exceptions']): FormValues => ({ ...emptyForm(), hours: { ...emptyForm().hours, exceptions } });

  it('files each problem under its input, which the error summary links to, on the hours step', () => {
    const errors = validateFields(
      withExceptions([
        { ...NEW_EXCEPTION, from: '2026-12-24', to: '2026-12-24' },
        { ...NEW_EXCEPTION, open: true, lunchBreak: true, from: '2026-12-31', to: '2026-12-30', start: '09:00', end: '12:00', start2: '', end2: '11:00' },
      ]),
      ['openingHours'],
      'en',
    );
    expect(errors).toEqual({
      'exception-1-to': ['A period must end after it starts.'],
      'exception-1-start2': ['Give a valid time (HH:MM).'],
    });
    expect(STEPS[stepOfField('exception-1-to')]!.id).toBe('hours');
  });

  it('leaves exceptions alone on other steps and when the hours are typed as OSM text', () => {
    const values = withExceptions([{ ...NEW_EXCEPTION }]);
    expect(Object.keys(validateFields(values, ['name'], 'fr')).some((key) => key.startsWith('exception-'))).toBe(false);
    expect(validateFields({ ...values, hoursText: 'Mo-Fr 09:00-18:00' }, ['openingHours'], 'fr')).toEqual({});
  });
});
