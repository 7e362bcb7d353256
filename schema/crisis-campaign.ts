import { z } from 'zod';
import { SERVICES } from './categories.ts';
import { LocalDateSchema } from './registration.ts';

export const CAMPAIGN_STATES = ['pending', 'sending', 'sent', 'answered', 'bounced', 'failed'] as const;
export type CampaignState = (typeof CAMPAIGN_STATES)[number];

/** The three answers a shopkeeper can give from the email, in one tap each. */
export const CAMPAIGN_ANSWERS = ['open', 'services_only', 'closed_until'] as const;
export type CampaignAnswerKind = (typeof CAMPAIGN_ANSWERS)[number];

const TokenSchema = z.string({ error: 'campaign.link_invalid' }).regex(/^[A-Za-z0-9_-]{22,100}$/, 'campaign.link_invalid');

export const CampaignAnswerSchema = z.discriminatedUnion(
  'answer',
  [
    z.object({ token: TokenSchema, answer: z.literal('open') }),
    z.object({
      token: TokenSchema,
      answer: z.literal('services_only'),
      services: z.array(z.enum(SERVICES, { error: 'registration.services' })).min(1, 'self_service.services_required').max(SERVICES.length).transform((s) => [...new Set(s)]),
    }),
    z.object({ token: TokenSchema, answer: z.literal('closed_until'), until: LocalDateSchema }),
  ],
  { error: 'self_service.action' },
);
export type CampaignAnswer = z.infer<typeof CampaignAnswerSchema>;

/** The console's live view of a campaign: counts per state and the rows that need a look. */
export type CampaignProgress = {
  id: number;
  startedAt: string;
  /** Set while staff hold the sending; nothing is claimed until it is cleared. */
  pausedAt: string | null;
  total: number;
  counts: Record<CampaignState, number>;
  recipients: Array<{ listingId: string; name: string; state: CampaignState; answer: CampaignAnswerKind | null; answeredAt: string | null; lastError: string | null }>;
};

export type CampaignChunkResult = { claimed: number; sent: number; failed: number; remaining: number };

/** Asked before a campaign starts, so that staff confirm how many businesses it mails. */
export type CampaignAudience = { recipients: number };
