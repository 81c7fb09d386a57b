import { z } from 'zod';
import type { FlowDocument } from '../../document';
import { clip, type NodeDefinition } from '../../kinds';
import { cappedList, cappedText, flowLimits } from '../../limits';
import { interpolate, variableNamePattern } from '../../template-text';
import { returnNamePattern } from '../return/definition';

/**
 * The output a Subflow step takes at run time: into the subflow's first step. Expansion
 * connects it; no Return can be named so (":" is not allowed in a name).
 */
export const subflowEntryOutput = 'subflow:enter';

const param = z.object({
  name: cappedText(flowLimits.variableName, 'The name'),
  value: cappedText(flowLimits.variableValue, 'The value'),
});
export type SubflowParam = z.infer<typeof param>;

const data = z.object({
  flowId: cappedText(flowLimits.output, 'The flow'),
  /** The pinned published version: a subflow changes only when its step is pointed at a newer one. */
  versionId: cappedText(flowLimits.output, 'The version'),
  /** For the card: "Speak to an agent v3". */
  flowName: cappedText(flowLimits.optionLabel, 'The flow name').optional(),
  version: z.number().int().positive().optional(),
  /** The Return names of that version, copied when it is chosen: this step's outputs. */
  returns: cappedList(cappedText(flowLimits.output, 'The output'), flowLimits.options, 'outputs'),
  /** Session variables set before the subflow's first step ({{vars.name}} inside it). */
  params: cappedList(param, flowLimits.options, 'parameters'),
});
export type SubflowData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  if (!d.flowId || !d.versionId) ctx.addIssue({ code: 'custom', path: ['versionId'], message: 'Choose the flow to run and one of its published versions' });
  const outputs = new Set<string>();
  d.returns.forEach((r, i) => {
    if (!returnNamePattern.test(r) || outputs.has(r)) ctx.addIssue({ code: 'custom', path: ['returns', i], message: `Output "${r}" must be a unique Return name` });
    outputs.add(r);
  });
  const names = new Set<string>();
  d.params.forEach((p, i) => {
    if (!variableNamePattern.test(p.name) || names.has(p.name)) {
      ctx.addIssue({
        code: 'custom',
        path: ['params', i, 'name'],
        message: `Parameter ${i + 1}: name it with letters, digits and _ (not starting with a digit), once each, e.g. team`,
      });
    }
    names.add(p.name);
  });
});

export const subflowNode: NodeDefinition<SubflowData> = {
  label: 'Subflow',
  description: 'Run a published flow (e.g. “Speak to an agent”) and continue from the Return it ends at.',
  icon: '⧉',
  colour: 'lime',
  data,
  rules,
  defaults: () => ({ flowId: '', versionId: '', returns: [], params: [] }),
  outputs: (d) => d.returns,
  outputLabel: (output) => output,
  waits: false,
  opaque: true,
  templated: (d) => d.params.map((p) => p.value),
  defines: (d) => d.params.map((p) => p.name).filter((name) => variableNamePattern.test(name)),
  summary: (d) =>
    d.versionId ? `Runs ${clip(d.flowName ?? 'a flow', 40)}${d.version ? ` v${d.version}` : ''}${d.params.length ? ` with ${d.params.map((p) => p.name).join(', ')}` : ''}` : 'Choose a flow to run',
  step: (d, ctx) => ({
    type: 'continue',
    output: subflowEntryOutput,
    vars: Object.fromEntries(d.params.map((p) => [p.name, interpolate(p.value, ctx).slice(0, flowLimits.variableValue)])),
  }),
};

/** The Return names of a flow version, in order, once each: a Subflow step's outputs when it runs it. */
export function returnNamesOf(document: Pick<FlowDocument, 'nodes'>): string[] {
  const names = document.nodes.flatMap((n) => (n.kind === 'return' ? [n.data.output] : []));
  return [...new Set(names)];
}
