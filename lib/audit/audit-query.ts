import { z } from 'zod';
import { auditActions, auditAreas, auditTargetTypes } from './audit-actions';

// The audit log's filters and paging, shared by GET /api/audit, its CSV export and the /audit page.

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const text = (name: string, max: number) =>
  z.preprocess(blankToUndefined, z.string().trim().max(max, `${name} is at most ${max} characters`).optional());
const date = (name: string, example: string) =>
  z.preprocess(blankToUndefined, z.coerce.date({ error: `${name} must be a date, e.g. ${example}` }).optional());

const actionOrArea = [...auditActions, ...auditAreas] as const;

export const auditFilterQuery = z
  .object({
    /** One action (flow.publish) or a whole area (flow). */
    action: z.preprocess(
      blankToUndefined,
      z.enum(actionOrArea, { error: `action must be an action such as flow.publish, or an area: ${auditAreas.join(', ')}` }).optional(),
    ),
    /** Who: a user's or token's id, or the start of an email or token name (any case). */
    actor: text('actor', 254),
    targetType: z.preprocess(
      blankToUndefined,
      z.enum(auditTargetTypes, { error: `targetType must be one of: ${auditTargetTypes.join(', ')}` }).optional(),
    ),
    targetId: text('targetId', 200),
    /** On or after (a date is its midnight UTC). */
    from: date('from', '2026-11-01'),
    /** Before (a date is its midnight UTC, so to=2026-12-01 keeps all of November). */
    to: date('to', '2026-12-01'),
    /** Text in the summary, any case. */
    q: text('q', 200),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, { path: ['to'], message: 'to must be after from' });
export type AuditFilter = z.infer<typeof auditFilterQuery>;

export const maxAuditPageSize = 200;

export const listAuditQuery = z.intersection(
  auditFilterQuery,
  z.object({
    page: z.coerce.number({ error: 'page must be a whole number' }).int('page must be a whole number').min(1, 'page starts at 1').default(1),
    pageSize: z.coerce
      .number({ error: 'pageSize must be a whole number' })
      .int('pageSize must be a whole number')
      .min(1, 'pageSize is at least 1')
      .max(maxAuditPageSize, `pageSize is at most ${maxAuditPageSize}`)
      .default(50),
  }),
);
export type ListAuditQuery = z.infer<typeof listAuditQuery>;

/** The query keys that filter (not page): for the CSV link and "clear filters". */
export const auditFilterKeys = ['action', 'actor', 'targetType', 'targetId', 'from', 'to', 'q'] as const;
