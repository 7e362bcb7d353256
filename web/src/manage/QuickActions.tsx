import { useState } from 'react';
import type { OwnListing, StatusChange } from '#schema/self-service.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import { ServiceChoices } from '../register/ServicesStep.tsx';
import { useRegisterTranslation } from '../register/i18n.ts';
import { usuallyOpenToday } from './usual-today.ts';

/**
 * The one-tap changes: each is one button, with at most one thing to pick first. On the shop's
 * usual closed day, "open today" would be untrue: the button then only brings back the usual hours.
 */
export function QuickActions({ listing, tenant, onChange }: { listing: OwnListing; tenant: PublicTenant; onChange: (change: StatusChange) => void }) {
  const { t } = useRegisterTranslation();
  const [openToday] = useState(() => usuallyOpenToday(listing, tenant, new Date()));
  const [until, setUntil] = useState(listing.statusUntil ?? '');
  const [services, setServices] = useState<string[]>(listing.services);
  const [closingForGood, setClosingForGood] = useState(false);
  return (
    <section className="manage-actions" aria-labelledby="quick-title">
      <h2 id="quick-title">{t('manage.quick')}</h2>
      <div>
        {openToday ? null : <p id="closed-today">{t('manage.closedToday')}</p>}
        <button type="button" className="primary" aria-describedby={openToday ? undefined : 'closed-today'} onClick={() => onChange({ action: 'open_today' })}>
          {openToday ? t('manage.openToday') : t('manage.usualHours')}
        </button>
      </div>
      <div>
        <label htmlFor="closed-until" className="field">
          <span>{t('manage.closedUntilDate')}</span>
          <input id="closed-until" type="date" value={until} onChange={(event) => setUntil(event.target.value)} />
        </label>
        <button type="button" id="closed-until-save" disabled={!until} onClick={() => onChange({ action: 'closed_until', until })}>{t('manage.closedUntil')}</button>
      </div>
      <div>
        <ServiceChoices id="quick-services" legend={t('manage.servicesOnlyPick')} selected={services} onChange={setServices} />
        <button type="button" disabled={services.length === 0} onClick={() => onChange({ action: 'services_only', services: services as never })}>{t('manage.servicesOnly')}</button>
      </div>
      <div>
        {closingForGood ? (
          <>
            <p>{t('manage.closeForGoodConfirm')}</p>
            <button type="button" onClick={() => onChange({ action: 'permanently_closed' })}>{t('manage.closeForGoodYes')}</button>
            <button type="button" onClick={() => setClosingForGood(false)}>{t('manage.cancel')}</button>
          </>
        ) : (
          <button type="button" onClick={() => setClosingForGood(true)}>{t('manage.closeForGood')}</button>
        )}
      </div>
    </section>
  );
}
