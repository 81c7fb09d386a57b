import 'server-only';
import { db } from '@/lib/db';
import { emptyDocument } from '@/lib/flow/document';
import { flowTemplates, type TemplateId } from '@/lib/flow/templates';
import type { CreateFlowInput } from './flow-input';
import { documentOr422 } from './flow-document-input';

export async function createFlow(input: CreateFlowInput) {
  const document =
    'template' in input
      ? flowTemplates[input.template as TemplateId].build()
      : 'document' in input
        ? documentOr422(input.document)
        : emptyDocument();
  return db.flow.create({ data: { name: input.name, draft: document }, select: { id: true, name: true, draftRevision: true } });
}
