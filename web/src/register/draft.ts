import { useEffect, useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A form's values kept in localStorage as they are typed, so that nothing is lost on a reload,
 * an error or a dropped connection. Private browsing may refuse storage: the form still works.
 */
export function useDraft<T extends object>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>, () => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const saved = localStorage.getItem(key);
      return saved ? { ...initial, ...(JSON.parse(saved) as Partial<T>) } : initial;
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
