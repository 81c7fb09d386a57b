import 'server-only';
import { db } from '@/lib/db';
import { emptyDocument } from '@/lib/flow/document';
import { flowTemplates } from '@/lib/flow/templates';
import type { CreateFlowInput } from './flow-input';
import { documentOr422 } from './flow-document-input';

export async function createFlow(input: CreateFlowInput) {
  const document =
    input.template !== undefined
      ? flowTemplates[input.template].build()
      : input.document !== undefined
        ? documentOr422(input.document)
        : emptyDocument();
  return db.flow.create({ data: { name: input.name, draft: document }, select: { id: true, name: true, draftRevision: true } });
}
