/** The one error shape every API answer uses; `message` and `fields` are in the reader's language (decision 016). */
export type ApiError = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string[]>;
  };
};

/** The words to show or log for anything thrown: an Error's message, else the value itself. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
