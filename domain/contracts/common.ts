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

/** A CSV download's 200 in the OpenAPI document (the stream itself is sent as it is, not serialised). */
export const xlsxResponse = {
  description: 'An XLSX workbook: one sheet, a frozen header row, typed cells; streamed',
  content: { 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: z.string() } },
};

export const csvResponse = {
  description: 'CSV with a header row, streamed',
  content: { 'text/csv': { schema: z.string() } },
};
