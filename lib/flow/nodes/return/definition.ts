import { z } from 'zod';
import { commonOutputLabel, type NodeDefinition } from '../../kinds';
import { cappedText, flowLimits } from '../../limits';

/** A Return's name is the output of the Subflow steps that call its flow. */
export const returnNamePattern = /^[A-Za-z0-9_-]{1,32}$/;

const data = z.object({
  /** The output the calling Subflow step continues along, e.g. "done" or "agent". */
  output: cappedText(flowLimits.output, 'The output name'),
});
export type ReturnData = z.infer<typeof data>;

const rules = data.superRefine((d, ctx) => {
  if (!returnNamePattern.test(d.output)) {
    ctx.addIssue({ code: 'custom', path: ['output'], message: 'Name the output with letters, digits, - and _ (at most 32), e.g. done' });
  }
});

/**
 * Where a reusable flow hands the call back. A calling flow never reaches it: publishing
 * expands the Subflow step and turns each Return into a connection to the Subflow's output
 * of the same name (lib/flow/subflow-expansion.ts). Called directly, the flow ends here.
 */
export const returnNode: NodeDefinition<ReturnData> = {
  label: 'Return',
  description: 'Hand the call back to the flow that used this one as a subflow, along the output named here.',
  icon: '↩',
  colour: 'lime',
  data,
  rules,
  defaults: () => ({ output: 'done' }),
  outputs: () => [],
  outputLabel: commonOutputLabel,
  waits: false,
  templated: () => [],
  defines: () => [],
  summary: (d) => `Back to the calling flow: “${d.output || '?'}” (hangs up when called directly)`,
  step: () => ({ type: 'end', actions: [{ action: 'hangup' }] }),
};
