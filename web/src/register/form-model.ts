import { DatedHoursSchema } from '#schema/hours/dated-hours.ts';
import { HOURS_MESSAGES, hoursMessage, type HoursMessageKey } from '#schema/hours/index.ts';
import { apiMessage } from '#schema/messages.ts';
import { ListingFieldsSchema, type ListingFieldsInput } from '#schema/registration.ts';
import type { Language } from '#schema/tenant.ts';
import { groupIssuesByField } from '#schema/validation-issues.ts';
import { datedHoursInput, defaultWeek, weekToOpeningHours, type DatedHours, type WeekHours } from './hours-text.ts';

/** What the form holds while it is typed: text as typed, the week as the editor shows it. */
export type FormValues = {
  name: string;
  siret: string;
  category: string;
  address: string;
  postcode: string;
  commune: string;
  communeInsee: string;
  lat: number | null;
  lng: number | null;
  phone: string;
  email: string;
  website: string;
  hours: WeekHours;
  /** Set when the hours came as OSM text the friendly editor cannot show. */
  hoursText: string | null;
  services: string[];
  status: 'open' | 'adapted' | 'temporarily_closed';
  statusUntil: string;
};

export function emptyForm(): FormValues {
  return {
    name: '', siret: '', category: '', address: '', postcode: '', commune: '', communeInsee: '', lat: null, lng: null,
    phone: '', email: '', website: '', hours: defaultWeek(), hoursText: null, services: [], status: 'open', statusUntil: '',
  };
}

/** The payload the shared schema parses, built from the form. */
export function toFields(values: FormValues): ListingFieldsInput {
  return {
    name: values.name,
    siret: values.siret,
    category: values.category as ListingFieldsInput['category'],
    address: values.address,
    postcode: values.postcode,
    commune: values.commune,
    communeInsee: values.communeInsee,
    lat: values.lat as number,
    lng: values.lng as number,
    phone: values.phone || null,
    email: values.email,
    website: values.website || null,
    openingHours: values.hoursText ?? weekToOpeningHours(values.hours),
    services: values.services as ListingFieldsInput['services'],
    status: values.status,
    statusUntil: values.status === 'temporarily_closed' && values.statusUntil ? values.statusUntil : null,
    holidaysAsUsual: values.hours.holidays === 'usual',
  };
}

export type FieldErrors = Record<string, string[]>;

/** Where a field's error shows: the pin's coordinates show under the map. */
function displayField(path: string): string {
  return path === 'lat' || path === 'lng' ? 'position' : path.split('.')[0]!;
}

export type ExceptionField = 'from' | 'to' | 'start' | 'end' | 'start2' | 'end2';

/** An exception's input: its errors are filed under the same id, so the error summary links to it. */
export const exceptionFieldId = (index: number, field: ExceptionField) => `exception-${index}-${field}`;

/** Which input a DatedHoursSchema issue belongs to: a period or a range out of order shows on its end. */
function exceptionField(path: readonly PropertyKey[]): ExceptionField {
  if (path[0] === 'dates') return path[1] === 'from' ? 'from' : 'to';
  const second = path[1] === 1;
  if (path[2] === 'start') return second ? 'start2' : 'start';
  return second ? 'end2' : 'end';
}

/** Each dated exception checked by the shared schema, its problems under the ids of its inputs. */
export function exceptionErrors(exceptions: readonly DatedHours[], language: Language): FieldErrors {
  const message = (key: string) => (Object.hasOwn(HOURS_MESSAGES, key) ? hoursMessage(key as HoursMessageKey, language) : apiMessage(key, language));
  const perException = exceptions.map((exception, index) =>
    groupIssuesByField(DatedHoursSchema.safeParse(datedHoursInput(exception)).error?.issues ?? [], (path) => exceptionFieldId(index, exceptionField(path)), message),
  );
  return Object.fromEntries(perException.flatMap((errors) => Object.entries(errors)));
}

/** The same schemas as the API, so the form says the same thing the server would. */
export function validateFields(values: FormValues, fields: readonly string[], language: Language): FieldErrors {
  const result = ListingFieldsSchema.safeParse(toFields(values));
  const checksExceptions = fields.includes('openingHours') && values.hoursText === null;
  const errors: FieldErrors = checksExceptions ? exceptionErrors(values.hours.exceptions, language) : {};
  if (result.success) return errors;
  const shownField = (path: ReadonlyArray<PropertyKey>) => {
    const field = String(path[0] ?? '_');
    return fields.includes(field) ? displayField(field) : null;
  };
  return { ...errors, ...groupIssuesByField(result.error.issues, shownField, (key) => apiMessage(key, language)) };
}

/** The server's field errors, moved to where the form shows them. */
export function serverErrors(fields: Record<string, string[]> | undefined): FieldErrors {
  const errors: FieldErrors = {};
  for (const [path, messages] of Object.entries(fields ?? {})) (errors[displayField(path)] ??= []).push(...messages);
  return errors;
}

export type StepId = 'business' | 'address' | 'contact' | 'hours' | 'services' | 'review';

export const STEPS: ReadonlyArray<{ id: StepId; fields: readonly string[] }> = [
  { id: 'business', fields: ['name', 'siret', 'category'] },
  { id: 'address', fields: ['address', 'postcode', 'commune', 'communeInsee', 'lat', 'lng'] },
  { id: 'contact', fields: ['phone', 'email', 'website'] },
  { id: 'hours', fields: ['openingHours'] },
  { id: 'services', fields: ['services', 'status', 'statusUntil'] },
  { id: 'review', fields: [] },
];

/** The schema field behind an error's place in the form: the pin is lat/lng, an exception's input the hours. */
function schemaField(field: string): string {
  if (field === 'position') return 'lat';
  return field.startsWith('exception-') ? 'openingHours' : field;
}

export function stepOfField(field: string): number {
  const index = STEPS.findIndex((step) => step.fields.includes(schemaField(field)));
  return index < 0 ? STEPS.length - 1 : index;
}
