import { useEffect, type RefObject } from 'react';

/**
 * After a refused submit, focus goes to the error summary or else the first field marked
 * invalid, once they are drawn: the person hears what to fix and lands where to fix it (RGAA 11.10).
 * `errors` is the refusal itself: a new one each time the form is refused, nothing when it is not.
 */
export function useFocusFirstError(container: RefObject<HTMLElement | null>, errors: object | null | undefined): void {
  useEffect(() => {
    if (!errors || Object.keys(errors).length === 0) return;
    container.current?.querySelector<HTMLElement>('#error-summary, [aria-invalid="true"]')?.focus();
  }, [container, errors]);
}
