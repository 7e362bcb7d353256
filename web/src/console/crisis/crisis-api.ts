import type { CrisisInput, CrisisPeriod, PublicCrisis } from '#schema/crisis.ts';
import type { CampaignAudience, CampaignProgress } from '#schema/crisis-campaign.ts';
import { api, readJson } from '../../api.ts';

export type CrisisOverview = { active: PublicCrisis | null; periods: CrisisPeriod[]; campaign: CampaignProgress | null };

const crisis = api.api.v1.console.crisis;
const campaign = api.api.v1.console.campaign;

export const crisisApi = {
  overview: async () => readJson<CrisisOverview>(await crisis.$get()),
  save: async (input: CrisisInput) => readJson(await crisis.$put({ json: input })),
  end: async () => readJson(await crisis.$delete()),
  audience: async () => (await readJson<CampaignAudience>(await campaign.audience.$get())).recipients,
  startCampaign: async () => readJson(await campaign.$post()),
  pauseCampaign: async () => readJson(await campaign.pause.$post()),
  resumeCampaign: async () => readJson(await campaign.resume.$post()),
};
