import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FilterPanel } from '../../web/src/filters/FilterPanel.tsx';
import { initI18n } from '../../web/src/i18n/index.ts';
import { NO_FILTERS } from '../../web/src/view/filters.ts';

beforeAll(async () => {
  await initI18n('fr');
});
afterEach(cleanup);

describe('FilterPanel', () => {
  it('adds a category and a service from labelled checkboxes', async () => {
    const onChange = vi.fn();
    render(<FilterPanel filters={NO_FILTERS} timeZone="Europe/Paris" onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByText('Filtres'));
    await user.click(await screen.findByLabelText('Boulangerie'));
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, categories: ['bakery'] });
    await user.click(screen.getByLabelText('Livraison'));
    expect(onChange).toHaveBeenLastCalledWith({ ...NO_FILTERS, services: ['delivery'] });
  });

  it('turns "open at" a day and time into the instant on the tenant clock', async () => {
    const onChange = vi.fn();
    render(<FilterPanel filters={NO_FILTERS} timeZone="Europe/Paris" onChange={onChange} />);
    const user = userEvent.setup();
    await user.click(screen.getByText('Filtres'));
    await user.click(await screen.findByLabelText('Ouvert à une date et une heure'));
    const last = onChange.mock.lastCall?.[0] as { open: string; at: string };
    expect(last.open).toBe('at');
    const paris = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(new Date(last.at));
    expect(paris).toBe('10:00');
  });

  it('says how many filters are active', () => {
    render(<FilterPanel filters={{ ...NO_FILTERS, categories: ['bakery'], open: 'now' }} timeZone="Europe/Paris" onChange={() => {}} />);
    expect(screen.getByText('Filtres (2 actifs)')).toBeTruthy();
  });
});
