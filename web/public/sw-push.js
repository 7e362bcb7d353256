// Imported by the generated service worker (vite.config.ts, workbox.importScripts): shows the
// reopening alerts sent by Web Push and opens the listing when one is tapped.
self.addEventListener('push', (event) => {
  let alert = null;
  try {
    alert = event.data ? event.data.json() : null;
  } catch {
    // Not one of ours: a push without a readable payload shows nothing.
  }
  if (!alert || !alert.title) return;
  event.waitUntil(
    self.registration.showNotification(alert.title, {
      body: alert.body,
      // One notification per listing: a newer alert replaces the older one.
      tag: alert.listingId ? `listing-${alert.listingId}` : undefined,
      data: { url: alert.url },
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const link = event.notification.data && event.notification.data.url;
  if (!link) return;
  // The payload names the tenant's public host; the listing opens on the origin that subscribed.
  const target = new URL(new URL(link).pathname, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === target);
      return open ? open.focus() : self.clients.openWindow(target);
    }),
  );
});
