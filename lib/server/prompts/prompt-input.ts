import { z } from 'zod';
import { pageField, pageSizeField } from '@/lib/http/paging';

// What the prompt library's API takes, beside the functions that take it.

export const promptName = z
  .string({ error: 'Name the recording' })
  .trim()
  .min(1, 'Name the recording')
  .max(120, 'Keep the name under 120 characters')
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'The name cannot hold line breaks, tabs or other control characters');

/** `POST /api/prompts?name=…`: the body is the recording's bytes. */
export const uploadPromptQuery = z.object({ name: promptName });

export const renamePromptInput = z.object({ name: promptName });
export type RenamePromptInput = z.infer<typeof renamePromptInput>;

const sha256List = z
  .string()
  .transform((text) => [...new Set(text.split(',').map((hash) => hash.trim()).filter(Boolean))])
  .pipe(
    z
      .array(z.string().regex(/^[0-9a-f]{64}$/, 'sha256 holds lower-case hex SHA-256 hashes, separated by commas'))
      .max(200, 'sha256 holds at most 200 hashes'),
  );

/** `GET /api/prompts?q&sort&page&pageSize&sha256`: newest first by default; `sha256=a,b` keeps those recordings only. */
export const listPromptsQuery = z.object({
  q: z.string().trim().max(200, 'q is at most 200 characters').default(''),
  sort: z.enum(['newest', 'name'], { error: 'sort is newest or name' }).default('newest'),
  sha256: sha256List.optional(),
  page: pageField,
  pageSize: pageSizeField(50, 500),
});
export type ListPromptsQuery = z.infer<typeof listPromptsQuery>;
