/** Runs work once the page is idle; browsers without idle callbacks (Safari) run it after a pause. */
export function whenIdle(run: () => void, fallbackDelayMs: number): void {
  if (window.requestIdleCallback) window.requestIdleCallback(run);
  else window.setTimeout(run, fallbackDelayMs);
}
