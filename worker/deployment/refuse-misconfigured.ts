import { createMiddleware } from 'hono/factory';
import { apiMessage } from '#schema/messages.ts';
import type { AppEnv } from '../env.ts';
import { requestLanguage } from '../language.ts';
import { deploymentProblems, type DeploymentEnv } from './secrets.ts';

let reported = '';

/**
 * A deployment with a secret missing, or left at its development value, serves nothing: every
 * request answers 503 naming the settings to fix, instead of skipping a check or signing with a
 * key anyone can read in the repository. Logged once per isolate, not once per request.
 */
export const refuseMisconfigured = createMiddleware<AppEnv>(async (c, next) => {
  const problems = deploymentProblems(c.env as DeploymentEnv);
  const names = Object.keys(problems);
  if (names.length === 0) return next();
  const summary = names.map((name) => `${name}: ${problems[name]}`).join('; ');
  if (summary !== reported) {
    reported = summary;
    console.error(`Deployment misconfigured, serving nothing (ENVIRONMENT is not "development"): ${summary}`);
  }
  const fields = Object.fromEntries(names.map((name) => [name, [problems[name] ?? '']]));
  return c.json({ error: { code: 'misconfigured', message: apiMessage('server.misconfigured', requestLanguage(c)), fields } }, 503);
});
