import { z } from 'zod';
import { templateIds } from '@/lib/flow/templates';

// Request bodies of the flows API, beside the functions that take them.

export const flowName = z.string().trim().min(1, 'Give the flow a name').max(120, 'Keep the name under 120 characters');

/**
 * { name } plus a template or a document (a template wins when both come); with
 * neither, a blank flow. One object rather than a union of shapes, so an unknown
 * template is refused instead of falling through to a blank flow.
 */
export const createFlowInput = z.object({
  name: flowName,
  template: z
    .enum(templateIds, { error: `template must be one of: ${templateIds.join(', ')}` })
    .optional(),
  document: z.unknown().optional(),
});
export type CreateFlowInput = z.infer<typeof createFlowInput>;

export const saveDraftInput = z.object({
  document: z.unknown().refine((d) => d !== undefined, 'required'),
  /** The draftRevision the edit started from (GET /api/flows/{id}); a stale one is refused. */
  draftRevision: z.number({ error: 'send the draftRevision you edited (from GET /api/flows/{id})' }).int(),
  name: flowName.optional(),
});
export type SaveDraftInput = z.infer<typeof saveDraftInput>;

export const publishInput = z.object({ publishedBy: z.string().trim().max(120).optional() }).default({});

export const renameFlowInput = z.object({ name: flowName });
export type RenameFlowInput = z.infer<typeof renameFlowInput>;

/** { name? }: without a name the copy is called "Copy of <name>". */
export const duplicateFlowInput = z.object({ name: flowName.optional() }).default({});
export type DuplicateFlowInput = z.infer<typeof duplicateFlowInput>;

export const versionNumber = z.coerce
  .number({ error: 'version must be a published version number' })
  .int('version must be a whole number')
  .positive('version must be a published version number');

export const restoreVersionInput = z.object({
  version: versionNumber,
  /** The draftRevision the editor holds; restoring over a newer save is refused like PUT. */
  draftRevision: z.number({ error: 'send the draftRevision you edited (from GET /api/flows/{id})' }).int(),
});
export type RestoreVersionInput = z.infer<typeof restoreVersionInput>;
