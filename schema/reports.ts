import { z } from 'zod';
import { multilineText } from './text.ts';

/** What a resident can say is wrong with a listing; the CCI's moderation queue sorts by it. */
export const REPORT_REASONS = ['closed', 'wrong_hours', 'wrong_place', 'other'] as const;
export type ReportReason = (typeof REPORT_REASONS)[number];

export const REPORT_COMMENT_MAX_LENGTH = 500;
/** Reports one visitor may send to one tenant in an hour: enough for honest use, not for flooding a queue. */
export const REPORTS_PER_HOUR = 5;

export const ReportSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: 'report.reason' }),
  comment: multilineText({ error: 'report.comment' }).trim().max(REPORT_COMMENT_MAX_LENGTH, 'report.comment_too_long').default(''),
});
export type ReportInput = z.input<typeof ReportSchema>;
export type Report = z.output<typeof ReportSchema>;
