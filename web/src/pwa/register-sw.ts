/** Lets the page know a new version is waiting, and apply it when the resident agrees. */
export type UpdateListener = (apply: () => void) => void;

/**
 * Registers the service worker in production builds only (in development it would cache the
 * dev server's modules). workbox-window loads after the page, outside the first load.
 */
export async function registerServiceWorker(onUpdate: UpdateListener): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  const workbox = new Workbox('/sw.js', { scope: '/' });
  workbox.addEventListener('waiting', () => {
    onUpdate(() => {
      workbox.addEventListener('controlling', () => window.location.reload());
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
}
