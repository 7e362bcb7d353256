/** The one error shape every API answer uses; `message` is a translation key, never prose. */
export type ApiError = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, string[]>;
  };
};
