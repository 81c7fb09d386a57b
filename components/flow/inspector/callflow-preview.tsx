'use client';

import { useEffect, useMemo, useState } from 'react';
import { Table } from '@/components/ui/table';
import { definitionOf, type NodeDataOf, type NodeKind } from '@/lib/flow/registry';
import { useFlowStore } from '../store/flow-store-context';
import { previewStep, type Press, type StepPreview } from './preview-step';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** What this step sends 8x8, computed by the kind's own step on a sample call. */
export function CallflowPreview<K extends NodeKind>({ nodeId, kind, data }: { nodeId: string; kind: K; data: NodeDataOf<K> }) {
  const preview = useStepPreview(kind, nodeId, data);
  const outputName = (output: string) => definitionOf(kind).outputLabel(output, data);
  const links = useFlowStore((s) => s.edges.filter((e) => e.source === nodeId).map((e) => `${e.sourceHandle ?? 'next'}\u0000${e.target}`));
  const targets = useMemo(() => new Map(links.map((link) => [link.split('\u0000')[0] ?? '', link.split('\u0000')[1] ?? ''])), [links]);
  const leadsTo = (output: string) => targets.get(output) ?? 'nothing yet (not connected)';

  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p className="text-xs text-slate-500">
        On a sample call from +6591234567 to +6568332048, with no keys pressed yet and no variables set.
      </p>
      {preview.type === 'pending' && <p className="text-slate-500">Working out this step…</p>}
      {preview.type === 'error' && <p className="text-rose-700">{preview.message}</p>}
      {preview.type === 'continue' && preview.actions.length === 0 && (
        <p>
          This step sends 8x8 nothing: it is decided on our side. Right now it takes{' '}
          <strong>{outputName(preview.output)}</strong>, which leads to <code className="font-mono">{leadsTo(preview.output)}</code>
          {preview.vars && Object.keys(preview.vars).length > 0 && <>, and remembers {describeVars(preview.vars)}</>}.
        </p>
      )}
      {preview.type === 'continue' && preview.effects?.map((effect, i) => (
        <p key={i}>
          Once the reply is stored, <code className="font-mono">{effect.number}</code> is added to the do-not-call list.
        </p>
      ))}
      {preview.type === 'continue' && preview.actions.length > 0 && (
        <>
          <JsonBlock label="Actions this step adds to the reply" value={preview.actions} />
          <p className="text-xs text-slate-500">
            The reply carries on with the step after <strong>{outputName(preview.output)}</strong> (
            <code className="font-mono">{leadsTo(preview.output)}</code>) until a step waits for 8x8 or ends the call.
          </p>
        </>
      )}
      {preview.type === 'end' && (
        <>
          <JsonBlock label="Actions this step adds to the reply" value={preview.actions} />
          <p className="text-xs text-slate-500">The reply and the call end here.</p>
        </>
      )}
      {preview.type === 'wait' && (
        <>
          <JsonBlock label="The reply to 8x8 ends with" value={preview.reply} />
          <p className="text-xs text-slate-500">
            The reply ends here, with clientActionId <code className="font-mono">{preview.reply.clientActionId}</code> (the published version
            and this step). Actions of the steps before it come first in the same callflow. 8x8 calls back with that id, and the flow
            continues:
          </p>
          {preview.presses.some((p) => p.digits !== null) ? (
            <PressTable presses={preview.presses} leadsTo={leadsTo} outputName={outputName} />
          ) : (
            preview.presses.map((press) => (
              <p key={press.output} className="text-xs">
                When the call ends: <strong>{outputName(press.output)}</strong> → <code className="font-mono">{leadsTo(press.output)}</code>
              </p>
            ))
          )}
        </>
      )}
    </div>
  );
}

type Shown = StepPreview | { type: 'pending' };

/** The preview of a step: at once for a plain step, after it settles for one that needs I/O. */
function useStepPreview<K extends NodeKind>(kind: K, nodeId: string, data: NodeDataOf<K>): Shown {
  const computed = useMemo(() => previewStep(kind, nodeId, data), [kind, nodeId, data]);
  const [settled, setSettled] = useState<{ from: Promise<StepPreview>; preview: StepPreview } | null>(null);
  useEffect(() => {
    if (!(computed instanceof Promise)) return;
    let current = true;
    void computed.then((preview) => current && setSettled({ from: computed, preview }));
    return () => {
      current = false;
    };
  }, [computed]);
  if (!(computed instanceof Promise)) return computed;
  return settled?.from === computed ? settled.preview : { type: 'pending' };
}

function describeVars(vars: Record<string, string>) {
  return Object.entries(vars)
    .map(([name, value]) => `{{vars.${name}}} = ${JSON.stringify(value)}`)
    .join(', ');
}

function JsonBlock({ label, value }: { label: string; value: unknown }) {
  return (
    <figure className="space-y-1">
      <figcaption className="text-xs font-medium text-slate-700">{label}</figcaption>
      <pre tabIndex={0} aria-label={label} className="max-h-96 overflow-auto whitespace-pre-wrap break-words rounded bg-slate-900 p-2 font-mono text-[11px] leading-relaxed text-slate-100">
        {json(value)}
      </pre>
    </figure>
  );
}

type PressTableProps = { presses: Press[]; leadsTo: (output: string) => string; outputName: (output: string) => string };

function PressTable({ presses, leadsTo, outputName }: PressTableProps) {
  return (
    <Table
      variant="plain"
      caption="What 8x8 reports, and where the flow goes next"
      columns={[
        { header: '8x8 reports', className: 'font-mono', cell: (press) => (press.digits === null ? 'dtmf: null' : `dtmf: "${press.digits}"`) },
        { header: 'Output', cell: (press) => outputName(press.output) },
        { header: 'Next step', className: 'font-mono', cell: (press) => leadsTo(press.output) },
      ]}
      rows={presses}
      rowKey={(press) => press.digits ?? 'none'}
    />
  );
}
