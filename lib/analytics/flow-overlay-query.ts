import { z } from 'zod';
import { boundedPeriod, periodFields } from './analytics-query';
import type { NodeOverlay } from './flow-overlay';

// GET /api/flows/{id}/analytics: its query and its answer, shared by the route and the designer.

export const flowOverlayQuery = z
  .object({
    /** A published version number; without it, the version calls use now. */
    version: z.coerce
      .number({ error: 'version must be a published version number, e.g. 3' })
      .int('version must be a whole number')
      .positive('version must be a published version number, e.g. 3')
      .optional(),
    /** A campaign of this flow: only its calls are counted, on its version unless another is named. */
    campaign: z.uuid({ error: 'campaign must be a campaign id (a UUID), as in /campaigns/{id}' }).optional(),
    ...periodFields,
  })
  .transform(({ version, campaign, ...period }, ctx) => {
    const bounded = boundedPeriod(period, ctx);
    return bounded ? { ...bounded, version, campaign } : z.NEVER;
  });
export type FlowOverlayQuery = z.output<typeof flowOverlayQuery>;

export type FlowOverlay = {
  flowId: string;
  version: { number: number; id: string; publishedAt: string; live: boolean };
  /** The campaign whose calls alone are counted, when one was asked for. */
  campaign: { id: string; name: string } | null;
  from: string;
  to: string;
  totals: {
    /** Sessions of the version started in the period. */
    sessions: number;
    /** Sessions counted on the graph: those whose replies walked the flow. */
    counted: number;
    /** Outbound callbacks never answered (busy, no answer, failed, cancelled): nobody heard the flow, so they are not counted. */
    notAnswered: number;
    /** Sessions with no walk stored: an apology as the first reply, or calls recorded before per-step analytics. */
    unrecorded: number;
  };
  nodes: NodeOverlay[];
  /** True when every node's visits equal its exits, ended and in-progress calls. */
  balanced: boolean;
};

/** A campaign that ran the flow, as GET /api/flows/{id}/campaigns lists it for the overlay's filter. */
export type FlowCampaign = { id: string; name: string; status: string; version: number; startedAt: string; finishedAt: string | null };
