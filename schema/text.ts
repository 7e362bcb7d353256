import { z } from 'zod';

/**
 * C0 and C1 control characters (NUL, ESC, DEL…) except the line feed and tab handled below, and
 * the Unicode bidirectional controls (embeddings, overrides, isolates, marks) that make text
 * display in another order than it is stored: "Evil\r\nBcc: …" in a mail subject, or a name
 * that reads differently on the map than in the console.
 */
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** One line: line breaks and tabs become one space, other controls go. */
export function cleanLine(text: string): string {
  return text.replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(CONTROLS, '');
}

/** Several lines: line breaks become "\n", tabs a space, other controls go. */
export function cleanLines(text: string): string {
  return text.replace(/\r\n?|[\u2028\u2029]/g, '\n').replace(/\t/g, ' ').replace(CONTROLS, '');
}

/**
 * Every free-text field of every payload is built from these two, so that no control or bidi
 * character reaches the database, a page or a mail header, whatever the field.
 */
export const lineText = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanLine);
export const multilineText = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(cleanLines);
