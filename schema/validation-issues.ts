/** What a schema reports of one thing wrong: zod's issues have this shape, and so do hand-made checks. */
export type ValidationIssue = { readonly path: ReadonlyArray<PropertyKey>; readonly message: string };

/** Messages per field, keyed like the API's `error.fields`. */
export type FieldMessages = Record<string, string[]>;

/** The API's key for an issue's field: its dotted path, `_` for the payload as a whole. */
export const issueField = (path: ReadonlyArray<PropertyKey>): string => (path.length > 0 ? path.map(String).join('.') : '_');

/**
 * Groups issues under their field, the one way the API, the console and the registration form
 * do it. `fieldOf` may move an issue to where a form shows it, or drop it with `null`;
 * `messageOf` may translate the message key. A field never lists the same message twice.
 */
export function groupIssuesByField(
  issues: ReadonlyArray<ValidationIssue>,
  fieldOf: (path: ReadonlyArray<PropertyKey>) => string | null = issueField,
  messageOf: (key: string) => string = (key) => key,
): FieldMessages {
  const fields: FieldMessages = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path);
    if (field === null) continue;
    const message = messageOf(issue.message);
    const messages = (fields[field] ??= []);
    if (!messages.includes(message)) messages.push(message);
  }
  return fields;
}
