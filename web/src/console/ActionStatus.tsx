import type { ActionState } from './use-action.ts';

/** Where a form says what happened: read by screen readers as it changes. */
export function ActionStatus({ state }: { state: Pick<ActionState, 'busy' | 'error' | 'done'> }) {
  return (
    <div className="console-status" role="status" aria-live="polite">
      {state.error ? <p className="console-error">{state.error}</p> : null}
      {state.done ? <p className="console-done">{state.done}</p> : null}
    </div>
  );
}
