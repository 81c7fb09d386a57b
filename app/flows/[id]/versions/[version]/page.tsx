import { requirePage } from '@/lib/auth/require-page';
import { notFound } from 'next/navigation';
import { FlowEditor } from '@/components/flow/flow-editor';
import { VersionBanner } from '@/components/flow/versions/version-banner';
import { AppError } from '@/lib/http/app-error';
import { getFlow } from '@/lib/server/flows/get-flow';
import { getFlowVersion } from '@/lib/server/flows/get-flow-version';

export const dynamic = 'force-dynamic';

const notFoundOn = (error: unknown): never => {
  if (error instanceof AppError && error.code === 'not_found') notFound();
  throw error;
};

/** A published version in the designer, read only, with the way to restore it as the draft. */
export default async function FlowVersionPage({ params }: { params: Promise<{ id: string; version: string }> }) {
  await requirePage('flows.read');
  const { id, version: versionParam } = await params;
  const number = Number(versionParam);
  if (!Number.isInteger(number) || number < 1) notFound();
  const [flow, version] = await Promise.all([getFlow(id).catch(notFoundOn), getFlowVersion(id, number).catch(notFoundOn)]);
  return (
    <>
      <VersionBanner flowId={flow.id} version={version.version} draftRevision={flow.draftRevision} />
      <FlowEditor
        backHref={`/flows/${flow.id}`}
        version={version.version}
        init={{ flowId: flow.id, name: flow.name, revision: flow.draftRevision, document: version.document, readOnly: true }}
      />
    </>
  );
}
