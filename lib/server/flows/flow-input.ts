import { z } from 'zod';
import { templateIds } from '@/lib/flow/templates';

// Request bodies of the flows API, beside the functions that take them.

export const flowName = z.string().trim().min(1, 'Give the flow a name').max(120, 'Keep the name under 120 characters');

export const createFlowInput = z.union([
  z.object({
    name: flowName,
    template: z.enum(templateIds as [string, ...string[]], {
      error: `template must be one of: ${templateIds.join(', ')}`,
    }),
  }),
  z.object({ name: flowName, document: z.unknown().refine((d) => d !== undefined, 'required') }),
  z.object({ name: flowName }),
]);
export type CreateFlowInput = z.infer<typeof createFlowInput>;

export const saveDraftInput = z.object({
  document: z.unknown().refine((d) => d !== undefined, 'required'),
  /** The draftRevision the edit started from (GET /api/flows/{id}); a stale one is refused. */
  draftRevision: z.number({ error: 'send the draftRevision you edited (from GET /api/flows/{id})' }).int(),
  name: flowName.optional(),
});
export type SaveDraftInput = z.infer<typeof saveDraftInput>;

export const publishInput = z.object({ publishedBy: z.string().trim().max(120).optional() }).default({});
