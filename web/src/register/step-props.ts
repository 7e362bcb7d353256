import type { PublicTenant } from '#schema/tenant.ts';
import type { FieldErrors, FormValues } from './form-model.ts';

export type StepProps = {
  values: FormValues;
  set: (patch: Partial<FormValues>) => void;
  errors: FieldErrors;
  tenant: PublicTenant;
};
