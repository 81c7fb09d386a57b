import { requirePage } from '@/lib/auth/require-page';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CallLegs } from '@/components/history/call-legs';
import { CallerPathCanvas } from '@/components/history/caller-path-canvas';
import { EventTimeline } from '@/components/history/event-timeline';
import { SessionHeader } from '@/components/history/session-header';
import { callerPath } from '@/lib/calls/caller-path';
import { pathStepLabel } from '@/lib/flow/subflow-expansion';
import { AppError } from '@/lib/http/app-error';
import { getCall } from '@/lib/server/calls/get-call';
import { getFlowVersion } from '@/lib/server/flows/get-flow-version';

export const dynamic = 'force-dynamic';

export const metadata = { title: 'Call — IVR Studio' };

const notFoundOn = (error: unknown): never => {
  if (error instanceof AppError && error.code === 'not_found') notFound();
  throw error;
};

/** One call: how it ended, the way it took through its flow, every webhook and the legs' quality. */
export default async function SessionPage({ params }: { params: Promise<{ sessionId: string }> }) {
  await requirePage('calls.read');
  const { sessionId } = await params;
  const { session, events, legs } = await getCall(decodeURIComponent(sessionId)).catch(notFoundOn);
  const pinned = session.flowVersion;
  // The flow may have been deleted since: the call keeps its history without a graph.
  const version = pinned ? await getFlowVersion(pinned.flowId, pinned.version).catch(() => null) : null;
  const ended = session.endedAt !== null || session.finalStatus !== null;
  const path = version ? callerPath(version.document, events, ended) : null;
  const digits = events.flatMap((e) => (e.dtmf ? [e.dtmf] : []));

  return (
    <article aria-labelledby="session-heading" className="mx-auto max-w-6xl space-y-6 px-6 py-8">
      <Link href="/history" className="text-sm text-blue-800 underline">
        ← Call history
      </Link>
      <SessionHeader session={session} flow={version ? { id: version.flowId, name: version.flowName, version: version.version } : null} />

      <section aria-labelledby="path-heading" className="space-y-2">
        <h2 id="path-heading" className="text-lg font-semibold text-slate-900">
          The caller’s path
        </h2>
        <p className="text-sm text-slate-700">
          Digits pressed: <span data-testid="digits-pressed">{digits.length ? digits.join(', ') : 'none'}</span>
        </p>
        {version && path ? (
          <>
            <CallerPathCanvas flowId={version.flowId} name={version.flowName} document={version.document} visits={path.visits} edges={path.edges} />
            <p className="text-sm text-slate-700">
              Steps in order: <span data-testid="path-order">{path.visits.map((id) => pathStepLabel(version.document, id)).join(' → ') || 'none'}</span>
            </p>
          </>
        ) : (
          <p className="text-sm text-slate-600">This call has no flow version to draw (the flow was deleted, or the call never reached one).</p>
        )}
      </section>

      <section aria-labelledby="timeline-heading" className="space-y-2">
        <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
          Timeline
        </h2>
        <EventTimeline events={events} />
      </section>

      <section aria-labelledby="legs-heading" className="space-y-2">
        <h2 id="legs-heading" className="text-lg font-semibold text-slate-900">
          Legs and call quality
        </h2>
        <CallLegs legs={legs} />
      </section>
    </article>
  );
}
