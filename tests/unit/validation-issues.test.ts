import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { groupIssuesByField, issueField } from '#schema/validation-issues.ts';

const Payload = z.object({
  name: z.string().min(1, 'name.required'),
  lat: z.number({ message: 'position.required' }),
  lng: z.number({ message: 'position.required' }),
  hours: z.array(z.object({ start: z.string().min(1, 'hours.start') })),
});

const issues = Payload.safeParse({ name: '', hours: [{ start: '' }] }).error?.issues ?? [];

describe('groupIssuesByField', () => {
  it('keys issues by their dotted path, and the payload as a whole by _', () => {
    expect(groupIssuesByField(issues)).toEqual({
      name: ['name.required'],
      lat: ['position.required'],
      lng: ['position.required'],
      'hours.0.start': ['hours.start'],
    });
    expect(issueField([])).toBe('_');
  });

  it('moves issues to where a form shows them, drops the ones it is not asked about, and lists a message once', () => {
    const shown = (path: ReadonlyArray<PropertyKey>) => (path[0] === 'lat' || path[0] === 'lng' ? 'position' : path[0] === 'name' ? 'name' : null);
    expect(groupIssuesByField(issues, shown, (key) => `«${key}»`)).toEqual({ name: ['«name.required»'], position: ['«position.required»'] });
  });
});
