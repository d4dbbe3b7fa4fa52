import { z } from 'zod';

/** Every error response: `{ error: { code, message, field? } }` (ARCHITECTURE.md, public API). */
export const errorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponse>;

export const locales = ['en', 'da', 'nb', 'hu'] as const;
export const localeSchema = z.enum(locales);
export type Locale = z.infer<typeof localeSchema>;
