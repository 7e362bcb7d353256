import { api } from '../api.ts';

/** The console's part of the typed client. */
export const consoleApi = api.api.v1.console;
