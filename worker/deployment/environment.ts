const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Development is opt-in: only an exact "development" turns on what a local instance needs (the
 * outbox page, `<slug>.localhost`, test keys). A typo, a capital letter or no value at all is
 * production, so a deployment that forgets to say what it is fails closed.
 */
export function isDevelopment(env: { ENVIRONMENT?: string }): boolean {
  return env.ENVIRONMENT === 'development';
}

export function isBareLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname);
}

/** Names that only ever reach this machine: browsers and curl send every *.localhost to loopback. */
export function isLocalHostname(hostname: string): boolean {
  return isBareLoopback(hostname) || hostname.endsWith('.localhost');
}

/** Development features answer only a development instance, and only on a local host name. */
export function allowsDevFeatures(env: { ENVIRONMENT?: string }, hostname: string): boolean {
  return isDevelopment(env) && isLocalHostname(hostname);
}
