/** Whether the person asked their system for less motion (WCAG 2.3.3; vestibular disorders). */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Leaflet's animations, all off when less motion is asked for: zooms and pans jump, tiles and
 * markers appear without fading or sliding. Read once, as MapContainer reads its options once.
 */
export function mapMotionOptions(): { zoomAnimation: boolean; fadeAnimation: boolean; markerZoomAnimation: boolean; inertia: boolean } {
  const animate = !prefersReducedMotion();
  return { zoomAnimation: animate, fadeAnimation: animate, markerZoomAnimation: animate, inertia: animate };
}
