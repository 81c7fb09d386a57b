import type { z } from 'zod';
import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import type { CallContext } from './call-context';

export const nodeKinds = [
  'start',
  'say',
  'playFile',
  'menu',
  'transfer',
  'hangup',
  'businessHours',
  'setVariable',
] as const;
export type NodeKind = (typeof nodeKinds)[number];

/** What one node contributes when the compiler walks through it. */
export type StepResult =
  /** Emit actions (if any) and continue along the named output. */
  | { type: 'continue'; actions?: CallflowAction[]; output: string; vars?: Record<string, string> }
  /** Emit actions and end the reply here: 8x8 will call back (menu, transfer with a continuation). */
  | { type: 'wait'; actions: CallflowAction[] }
  /** Emit actions and end the call. */
  | { type: 'end'; actions: CallflowAction[] };

/**
 * Everything the product knows about one node kind. The registry (registry.ts) must
 * have one per kind, so adding a kind is a type error until every part exists.
 */
export type NodeDefinition<Data> = {
  label: string;
  description: string;
  /** The node's stored data: structural, so an unfinished draft still saves. */
  data: z.ZodType<Data>;
  /** The same data with 8x8's rules: what lint and the inspector forms check. */
  rules: z.ZodType<Data>;
  defaults: () => Data;
  /** Output handle ids, in display order. */
  outputs: (data: Data) => string[];
  /** True when the reply ends here and 8x8 calls back (a VCA) to continue. */
  waits: boolean;
  /** For waiting kinds: the output to follow when 8x8 calls back with these digits. */
  resume?: (data: Data, digits: string | null) => string;
  /** Text fields that may hold {{variables}}, for lint. */
  templated: (data: Data) => string[];
  step: (data: Data, ctx: CallContext) => StepResult;
};
