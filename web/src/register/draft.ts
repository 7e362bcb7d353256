import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A saved draft over the initial values. A draft saved by an earlier version of the form lacks
 * the fields added since, at the top or one level down (`hours.exceptions`): they keep their
 * initial value. Anything that is not an object is no draft.
 */
export function restoreDraft<T extends object>(initial: T, saved: unknown): T {
  if (!isRecord(saved)) return initial;
  const restored: Record<string, unknown> = { ...(initial as Record<string, unknown>) };
  for (const [key, value] of Object.entries(saved)) {
    const start = restored[key];
    restored[key] = isRecord(start) && isRecord(value) ? { ...start, ...value } : value;
  }
  return restored as T;
}

/**
 * A form's values kept in localStorage as they are typed, so that nothing is lost on a reload,
 * an error or a dropped connection. Private browsing may refuse storage: the form still works.
 */
export function useDraft<T extends object>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = localStorage.getItem(key);
      return saved ? restoreDraft(initial, JSON.parse(saved) as unknown) : initial;
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // Storage full or refused: the draft lives in memory only.
    }
  }, [key, value]);
  const clear = () => {
    try {
      localStorage.removeItem(key);
    } catch {
      // Nothing was stored.
    }
  };
  return [value, setValue, clear];
}
