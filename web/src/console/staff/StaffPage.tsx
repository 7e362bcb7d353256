import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NewStaffSchema, type NewStaff, type StaffMember } from '#schema/console/auth.ts';
import { ActionStatus } from '../ActionStatus.tsx';
import { consoleApi } from '../console-api.ts';
import { call } from '../../api.ts';
import { Field } from '../Field.tsx';
import { checkForm } from '../form-errors.ts';
import type { ScreenProps } from '../screen.ts';
import { useAction } from '../use-action.ts';

export default function StaffPage({ me }: ScreenProps) {
  const { t, i18n } = useTranslation('console');
  const [staff, setStaff] = useState<StaffMember[]>([]);
  const [form, setForm] = useState<NewStaff>({ email: '', role: 'moderator' });
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const action = useAction();

  const reload = async () => {
    const answer = await call(consoleApi.staff.$get);
    setStaff(answer.staff);
  };
  useEffect(() => void action.run(reload), []);

  async function add(event: FormEvent) {
    event.preventDefault();
    const checked = checkForm(NewStaffSchema, form, i18n.language);
    setLocal(checked.ok ? {} : checked.fields);
    if (!checked.ok) return;
    if (await action.run(() => call(consoleApi.staff.$post, { json: checked.value }), t('staff.added', { email: checked.value.email }))) {
      setForm({ email: '', role: 'moderator' });
      await reload();
    }
  }

  async function remove(member: StaffMember) {
    if (await action.run(() => call(consoleApi.staff[':id'].$delete, { param: { id: String(member.id) } }), t('staff.removed', { email: member.email }))) await reload();
  }

  return (
    <>
      <table className="console-table stacks-when-narrow">
        <caption>{t('staff.caption')}</caption>
        <thead><tr><th scope="col">{t('staff.email')}</th><th scope="col">{t('staff.role')}</th><th scope="col">{t('staff.actions')}</th></tr></thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.id}>
              <th scope="row">{member.email}</th>
              <td data-label={t('staff.role')}>{member.disabled ? t('staff.disabled') : t(`roles.${member.role}`)}</td>
              <td>
                {member.disabled || member.email === me.email ? null : (
                  <button type="button" onClick={() => void remove(member)} aria-label={t('staff.removeLabel', { email: member.email })}>{t('staff.remove')}</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="console-form" onSubmit={add} noValidate aria-labelledby="staff-add">
        <h2 id="staff-add">{t('staff.add')}</h2>
        <Field label={t('staff.email')} errors={local.email ?? action.fields.email}>
          <input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />
        </Field>
        <Field label={t('staff.role')} errors={local.role ?? action.fields.role}>
          <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as NewStaff['role'] })}>
            <option value="moderator">{t('roles.moderator')}</option>
            <option value="admin">{t('roles.admin')}</option>
          </select>
        </Field>
        <button type="submit" disabled={action.busy}>{t('staff.addButton')}</button>
      </form>
      <ActionStatus state={action} />
    </>
  );
}
