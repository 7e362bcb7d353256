import { z } from 'zod';
import { CATEGORIES } from '../categories.ts';
import { InseeCodeSchema } from './settings.ts';

/** What the embedded page shows: the filters a CCI picks in the snippet generator. */
export const EmbedQuerySchema = z.object({
  category: z.enum(CATEGORIES, { error: 'category.unknown' }).optional(),
  commune: InseeCodeSchema.optional(),
  open: z.enum(['1', '0']).optional(),
  lang: z.enum(['fr', 'en']).optional(),
});
export type EmbedQuery = z.infer<typeof EmbedQuerySchema>;

export type EmbedOptions = EmbedQuery & { width: string; height: number; title: string };

/** The HTML a CCI pastes into its own site. */
export function embedSnippet(origin: string, options: EmbedOptions): string {
  const params = new URLSearchParams();
  for (const key of ['category', 'commune', 'open', 'lang'] as const) {
    const value = options[key];
    if (value) params.set(key, value);
  }
  const query = params.toString();
  const src = `${origin}/embed${query ? `?${query}` : ''}`;
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<iframe src="${escape(src)}" title="${escape(options.title)}" width="${escape(options.width)}" height="${options.height}" style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
}
