import type { ListingFieldsInput } from '#schema/registration.ts';
import type { StatusChange } from '#schema/self-service.ts';
import { api, call } from '../api.ts';

const selfService = api.api.v1['self-service'];

/** Trades the link's token for the session cookie. */
export const openSession = (token: string) => call(selfService.session.$post, { json: { token } });
/** Ends the session on the server too, so a copy of the cookie stops working. */
export const signOut = () => call(selfService.session.$delete);
export const loadOwnListing = () => call(selfService.listing.$get);
export const changeStatus = (change: StatusChange) => call(selfService.listing.status.$post, { json: change });
export const confirmListing = () => call(selfService.listing.confirm.$post);
export const saveListing = (fields: ListingFieldsInput) => call(selfService.listing.$put, { json: fields });
export const eraseListing = () => call(selfService.listing.$delete);
export const requestLink = (email: string) => call(api.api.v1.registrations.links.$post, { json: { email } });
