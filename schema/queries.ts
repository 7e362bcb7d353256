import { z } from 'zod';
import { BboxSchema } from './bbox.ts';

export const ListingsQuerySchema = z.object({ bbox: BboxSchema });
export type ListingsQuery = z.infer<typeof ListingsQuerySchema>;
