import { requirePage } from '@/lib/auth/require-page';
import { notFound } from 'next/navigation';
import { FlowEditor } from '@/components/flow/flow-editor';
import { AppError } from '@/lib/http/app-error';
import { getFlow } from '@/lib/server/flows/get-flow';

export const dynamic = 'force-dynamic';

export default async function FlowEditorPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage('flows.read');
  const { id } = await params;
  const flow = await getFlow(id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'not_found') notFound();
    throw error;
  });
  return <FlowEditor init={{ flowId: flow.id, name: flow.name, revision: flow.draftRevision, document: flow.draft }} />;
}
