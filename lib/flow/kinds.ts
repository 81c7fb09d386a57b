import type { z } from 'zod';
import type { CallflowAction } from '@/lib/eightbyeight/callflow';
import type { CallContext } from './call-context';
import type { StepEffect } from './step-effects';
import type { DataDipRecord, NodeServices } from './step-services';

/** A value now, or later: the compiler only awaits when a step returns a promise. */
export type MaybePromise<T> = T | Promise<T>;

/** What one node contributes when the compiler walks through it. */
export type StepResult =
  /**
   * Emit actions (if any) and continue along the named output; `effects` are changes outside
   * the reply (an opt-out) that the webhook handler applies once the reply's move is stored.
   */
  | {
      type: 'continue';
      actions?: CallflowAction[];
      output: string;
      vars?: Record<string, string>;
      effects?: StepEffect[];
      /** The HTTP request this step made (a data dip), for the call's events. */
      dataDip?: Omit<DataDipRecord, 'nodeId'>;
    }
  /** Emit actions and end the reply here: 8x8 will call back (menu, transfer with a continuation). */
  | { type: 'wait'; actions: CallflowAction[] }
  /** Emit actions and end the call. */
  | { type: 'end'; actions: CallflowAction[] };

/** The colours the designer draws kinds in (components/flow/nodes/node-colours.ts maps each to classes). */
export const nodeColours = ['emerald', 'sky', 'indigo', 'violet', 'amber', 'rose', 'teal', 'slate', 'orange', 'fuchsia', 'lime'] as const;
export type NodeColour = (typeof nodeColours)[number];

/**
 * Everything the product knows about one node kind, in its folder lib/flow/nodes/<kind>/.
 * The registry (registry.ts) is the only list of kinds; every part here is required, so
 * a kind is a type error until it is complete. Its inspector form lives in
 * components/flow/inspector/forms/ (a map over the kinds there, typed the same way).
 */
export type NodeDefinition<Data> = {
  label: string;
  description: string;
  /** A glyph common fonts have (no emoji), and the colour of the card and palette entry. */
  icon: string;
  colour: NodeColour;
  /** The node's stored data: structural, so an unfinished draft still saves. */
  data: z.ZodType<Data>;
  /** The same data with 8x8's rules: what lint and the inspector forms check. */
  rules: z.ZodType<Data>;
  defaults: () => Data;
  /** Output handle ids, in display order. */
  outputs: (data: Data) => string[];
  /** How an output is named on the card, in lint and in the preview. */
  outputLabel: (output: string, data: Data) => string;
  /** True when the reply ends here and 8x8 calls back (a VCA) to continue. */
  waits: boolean;
  /** For waiting kinds: the output to follow when 8x8 calls back with these digits. */
  resume?: (data: Data, digits: string | null) => string;
  /** Text fields that may hold {{variables}}, for lint (and to know a flow reads session variables). */
  templated: (data: Data) => string[];
  /** The session variables ({{vars.name}}) this step may set. */
  defines: (data: Data) => string[];
  /** What matters about a node at a glance (its card). */
  summary: (data: Data) => string;
  /**
   * The compile step. Return a result for steps decided on our side; return a promise only
   * for a step that needs I/O (through `services`): the walk stays synchronous otherwise.
   */
  step: (data: Data, ctx: CallContext, services: NodeServices) => MaybePromise<StepResult>;
  /** The Start node: exactly one per flow, no input, not deletable, not in the palette. */
  entry?: true;
  /** For the entry kind: the flow's default voice (and so language), which its steps speak in unless they choose one. */
  flowVoice?: (data: Data) => string | undefined;
  /**
   * For a kind that captures digits: its "no input" and "invalid" outputs, which the analytics
   * overlay shows as the step's drop-off together with the calls that hung up there.
   */
  dropOff?: { noInput: string; invalid: string };
  /**
   * The step reaches outside (a data dip's HTTP request): its flow's callbacks take the webhook's
   * general path, which answers a duplicate delivery from the stored reply before compiling,
   * so the request is not made again.
   */
  io?: true;
  /** The {{secrets.NAME}} names a step uses, for lint against the secrets the settings hold (names only). */
  secretsUsed?: (data: Data) => string[];
  /**
   * The step continues into steps this document does not hold (a Subflow's), which may wait:
   * the draft's loop check passes through it, and publishing checks the expanded flow instead.
   */
  opaque?: true;
  /** An output left unconnected: the call hangs up there (a warning, the default) or that is expected ("quiet"). */
  openOutputs?: 'warn' | 'quiet';
};

/** Labels for outputs most kinds share. */
export const commonOutputLabels: Readonly<Record<string, string>> = {
  next: 'Next',
  noInput: 'No input',
  invalid: 'Invalid',
  after: 'After the call',
  open: 'Open',
  closed: 'Closed',
  otherwise: 'Otherwise',
};

export const commonOutputLabel = (output: string) => commonOutputLabels[output] ?? output;

export const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
