import { useCallback, useState } from 'react';
import { isoDate, toLocal } from '#schema/hours/index.ts';
import type { PublicTenant } from '#schema/tenant.ts';
import type { OwnListing } from '#schema/self-service.ts';
import { AddressStep } from '../register/AddressStep.tsx';
import { BusinessStep } from '../register/BusinessStep.tsx';
import { ContactStep } from '../register/ContactStep.tsx';
import { serverErrors, toFields, validateFields, STEPS, type FieldErrors, type FormValues } from '../register/form-model.ts';
import { HoursStep } from '../register/HoursStep.tsx';
import { defaultWeek, fromOpeningHours, withoutPastExceptions } from '../register/hours-text.ts';
import { currentLanguage, useRegisterTranslation } from '../register/i18n.ts';
import { ServicesStep } from '../register/ServicesStep.tsx';
import { ApiRequestError } from '../api.ts';
import { saveListing } from './manage-api.ts';
import { messageOf } from '#schema/errors.ts';

/**
 * The listing as the form shows it. Exceptions already over in the tenant's zone are left out,
 * so the list stays short; saving then drops them from the stored hours, where they no longer
 * changed anything.
 */
function formOf(listing: OwnListing, tenant: PublicTenant): FormValues {
  const read = fromOpeningHours(listing.openingHours, listing.holidaysAsUsual);
  const week = read && withoutPastExceptions(read, isoDate(toLocal(tenant.timezone, new Date()).dayNumber));
  return {
    name: listing.name, siret: listing.siret, category: listing.category, address: listing.address, postcode: listing.postcode,
    commune: listing.commune, communeInsee: listing.communeInsee, lat: listing.lat, lng: listing.lng, phone: listing.phone ?? '',
    email: listing.email, website: listing.website ?? '', hours: week ?? { ...defaultWeek(), holidays: listing.holidaysAsUsual ? 'usual' : 'default' }, hoursText: week ? null : listing.openingHours,
    services: listing.services, status: listing.status === 'permanently_closed' ? 'open' : listing.status, statusUntil: listing.statusUntil ?? '',
  };
}

const SECTIONS = [
  ['business', BusinessStep],
  ['address', AddressStep],
  ['contact', ContactStep],
  ['hours', HoursStep],
  ['services', ServicesStep],
] as const;

/** Everything given at registration, on one page; saving also confirms the listing. */
export function EditListing({ listing, tenant, onSaved }: { listing: OwnListing; tenant: PublicTenant; onSaved: (message: string) => void }) {
  const { t } = useRegisterTranslation();
  const [values, setValues] = useState(() => formOf(listing, tenant));
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = useCallback((patch: Partial<FormValues>) => setValues((previous) => ({ ...previous, ...patch })), []);
  const save = async () => {
    const found = validateFields(values, STEPS.flatMap((s) => s.fields), currentLanguage());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      await saveListing(toFields(values));
      onSaved(t('manage.saved'));
    } catch (error) {
      const fields = error instanceof ApiRequestError ? error.fields : {};
      setErrors(Object.keys(fields).length > 0 ? serverErrors(fields) : { _: [messageOf(error)] });
    }
  };
  return (
    <form noValidate className="register-main" onSubmit={(event) => { event.preventDefault(); void save(); }} aria-labelledby="edit-title">
      <h2 id="edit-title">{t('manage.edit')}</h2>
      {Object.keys(errors).length > 0 ? (
        <div className="error-summary" role="alert">
          <ul>{Object.entries(errors).map(([field, messages]) => <li key={field}>{messages.join(' ')}</li>)}</ul>
        </div>
      ) : null}
      {SECTIONS.map(([id, Section]) => (
        <fieldset key={id} className="choices">
          <legend>{t(`steps.${id}`)}</legend>
          <Section values={values} set={set} errors={errors} tenant={tenant} />
        </fieldset>
      ))}
      <button type="submit" className="primary">{t('manage.save')}</button>
    </form>
  );
}
