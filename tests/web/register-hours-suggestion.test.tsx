import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../web/src/i18n/index.ts';
import { emptyForm, type FormValues } from '../../web/src/register/form-model.ts';
import { HoursStep } from '../../web/src/register/HoursStep.tsx';
import { testTenant } from './test-tenant.ts';

const tenant = testTenant();

/** The hours step showing its OSM text field, as for a shopkeeper whose hours do not fit the simple form. */
function Harness({ text }: { text: string }) {
  const [values, setValues] = useState<FormValues>({ ...emptyForm(), hoursText: text });
  return <HoursStep values={values} set={(patch) => setValues((previous) => ({ ...previous, ...patch }))} errors={{}} tenant={tenant} />;
}

const textField = () => screen.getByLabelText('Horaires (format OpenStreetMap)') as HTMLTextAreaElement;

beforeAll(async () => {
  await initI18n('fr');
});
afterEach(cleanup);

describe('the OSM hours field of the registration form', () => {
  it('shows the rule OpenStreetMap reads in a sloppy text beside it, and uses it only when asked', async () => {
    render(<Harness text="Mon-Sat 7AM-8PM" />);
    await screen.findByText('Mo-Sa 07:00-20:00');
    expect(textField().value).toBe('Mon-Sat 7AM-8PM');
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser cette écriture' }));
    expect(textField().value).toBe('Mo-Sa 07:00-20:00');
    expect(screen.queryByRole('button', { name: 'Utiliser cette écriture' })).toBeNull();
  });

  it('flags an ambiguous text, offers OpenStreetMap’s reading of it, and rewrites it only when asked', async () => {
    const { validateFields } = await import('../../web/src/register/form-model.ts');
    const errorsOf = (hoursText: string) => validateFields({ ...emptyForm(), hoursText }, ['openingHours'], 'fr').openingHours ?? [];
    render(<Harness text="9-5" />);
    await screen.findByText(/peuvent se lire de plusieurs façons \(9/);
    await screen.findByText('09:00-05:00');
    expect(screen.queryByRole('button', { name: 'Utiliser cette écriture' })).toBeNull();
    expect(textField().value).toBe('9-5');
    expect(errorsOf('9-5')).toEqual(['Ces horaires peuvent se lire de plusieurs façons : précisez la partie signalée sous le champ.']);
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser cette lecture' }));
    expect(textField().value).toBe('09:00-05:00');
    expect(errorsOf(textField().value)).toEqual([]);
  });

  it('says nothing of a text already in the syntax', async () => {
    render(<Harness text="Mo-Sa 09:00-19:00" />);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('hours only OpenStreetMap’s evaluator reads', () => {
  it('shows them as the evaluator writes them, and the form takes them once used', async () => {
    const { validateFields } = await import('../../web/src/register/form-model.ts');
    const typed = 'Mon-Fri 9am-6pm; Aug off';
    render(<Harness text={typed} />);
    await screen.findByText('Mo-Fr 09:00-18:00; Aug off');
    const errorsOf = (hoursText: string) => validateFields({ ...emptyForm(), hoursText }, ['openingHours'], 'fr').openingHours ?? [];
    expect(errorsOf(typed)).toEqual(['OpenStreetMap lit ces horaires sous une autre écriture, proposée sous le champ : utilisez-la pour confirmer.']);
    fireEvent.click(screen.getByRole('button', { name: 'Utiliser cette écriture' }));
    expect(textField().value).toBe('Mo-Fr 09:00-18:00; Aug off');
    expect(errorsOf(textField().value)).toEqual([]);
  });
});
