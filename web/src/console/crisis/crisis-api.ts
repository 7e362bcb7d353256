import type { CrisisInput, CrisisPeriod, PublicCrisis } from '#schema/crisis.ts';
import type { CampaignProgress } from '#schema/crisis-campaign.ts';
import { api, readJson } from '../../api.ts';

export type CrisisOverview = { active: PublicCrisis | null; periods: CrisisPeriod[]; campaign: CampaignProgress | null };

const crisis = api.api.v1.console.crisis;
const campaign = api.api.v1.console.campaign;

export const crisisApi = {
  overview: async () => readJson<CrisisOverview>(await crisis.$get()),
  save: async (input: CrisisInput) => readJson(await crisis.$put({ json: input })),
  end: async () => readJson(await crisis.$delete()),
  startCampaign: async () => readJson(await campaign.$post()),
  nextChunk: async () => readJson(await campaign.chunks.$post()),
};
