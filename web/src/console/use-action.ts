import { useCallback, useState } from 'react';
import { ApiRequestError } from '../api.ts';
import { messageOf } from '#schema/errors.ts';

export type ActionState = { busy: boolean; error: string | null; fields: Record<string, string[]>; done: string | null };

/**
 * Runs one API call for a form: busy while it runs, the API's message and field errors when it
 * fails, a confirmation when it succeeds. Status texts go to a live region in the form.
 */
export function useAction() {
  const [state, setState] = useState<ActionState>({ busy: false, error: null, fields: {}, done: null });
  const run = useCallback(async <T,>(action: () => Promise<T>, doneMessage: string | null = null): Promise<T | null> => {
    setState({ busy: true, error: null, fields: {}, done: null });
    try {
      const result = await action();
      setState({ busy: false, error: null, fields: {}, done: doneMessage });
      return result;
    } catch (error) {
      const fields = error instanceof ApiRequestError ? error.fields : {};
      setState({ busy: false, error: messageOf(error), fields, done: null });
      return null;
    }
  }, []);
  return { ...state, run };
}
