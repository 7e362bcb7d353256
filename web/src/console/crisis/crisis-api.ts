import type { CrisisInput } from '#schema/crisis.ts';
import { api, call, type Answer } from '../../api.ts';

const crisis = api.api.v1.console.crisis;
const campaign = api.api.v1.console.campaign;

export type CrisisOverview = Answer<typeof crisis.$get>;

export const crisisApi = {
  overview: () => call(crisis.$get),
  save: (input: CrisisInput) => call(crisis.$put, { json: input }),
  end: () => call(crisis.$delete),
  audience: async () => (await call(campaign.audience.$get)).recipients,
  startCampaign: () => call(campaign.$post),
  pauseCampaign: () => call(campaign.pause.$post),
  resumeCampaign: () => call(campaign.resume.$post),
};
