import 'server-only';
import { db } from '@/lib/db';
import { emptyDocument } from '@/lib/flow/document';
import { flowTemplates } from '@/lib/flow/templates';
import { recordAudit, type AuditActor } from '@/lib/server/audit/record-audit';
import type { CreateFlowInput } from './flow-input';
import { documentOr422 } from './flow-document-input';

export async function createFlow(input: CreateFlowInput, actor: AuditActor) {
  const template = input.template === undefined ? undefined : flowTemplates[input.template];
  const imported = template === undefined && input.document !== undefined;
  const document = template ? template.build() : imported ? documentOr422(input.document) : emptyDocument();
  return db.$transaction(async (tx) => {
    const flow = await tx.flow.create({ data: { name: input.name, draft: document }, select: { id: true, name: true, draftRevision: true } });
    const origin = template ? `from the template "${template.name}"` : imported ? `from a document (${document.nodes.length} steps)` : 'blank';
    await recordAudit(
      actor,
      {
        action: imported ? 'flow.import' : 'flow.create',
        target: { type: 'flow', id: flow.id },
        summary: `${imported ? 'Imported' : 'Created'} flow "${flow.name}" ${origin}`,
        details: { name: flow.name, template: input.template ?? null, steps: document.nodes.length },
      },
      tx,
    );
    return flow;
  });
}
