import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { restoreDraft, useDraft } from '../../web/src/register/draft.ts';
import { emptyForm, type FormValues } from '../../web/src/register/form-model.ts';
import { NEW_EXCEPTION, weekToOpeningHours } from '../../web/src/register/hours-text.ts';

const KEY = 'vitrine.registration.test';

afterEach(() => localStorage.clear());

describe('the registration draft kept on the device', () => {
  it('keeps the dated exceptions across a reload', () => {
    const first = renderHook(() => useDraft<FormValues>(KEY, emptyForm()));
    const exception = { ...NEW_EXCEPTION, from: '2026-12-24', to: '2027-01-02' };
    act(() => first.result.current[1]((values) => ({ ...values, name: 'Boulangerie', hours: { ...values.hours, exceptions: [exception] } })));
    first.unmount();
    const again = renderHook(() => useDraft<FormValues>(KEY, emptyForm()));
    expect(again.result.current[0].name).toBe('Boulangerie');
    expect(again.result.current[0].hours.exceptions).toEqual([exception]);
  });

  it('loads a draft saved before exceptions existed, with none', () => {
    const { hours, ...rest } = emptyForm();
    const { exceptions: _, ...oldHours } = hours;
    const days = oldHours.days.map((day, i) => (i === 0 ? { ...day, open: false } : day));
    localStorage.setItem(KEY, JSON.stringify({ ...rest, name: 'Ancienne', hours: { ...oldHours, days } }));
    const { result } = renderHook(() => useDraft<FormValues>(KEY, emptyForm()));
    const values = result.current[0];
    expect(values.name).toBe('Ancienne');
    expect(values.hours.exceptions).toEqual([]);
    expect(values.hours.days[0]!.open).toBe(false);
    expect(weekToOpeningHours(values.hours)).toBe('Tu-Sa 09:00-12:30,14:00-19:00; PH off');
  });

  it('ignores a stored value that is no draft', () => {
    expect(restoreDraft(emptyForm(), null)).toEqual(emptyForm());
    expect(restoreDraft(emptyForm(), [1, 2])).toEqual(emptyForm());
    localStorage.setItem(KEY, '{not json');
    expect(renderHook(() => useDraft<FormValues>(KEY, emptyForm())).result.current[0]).toEqual(emptyForm());
  });
});
