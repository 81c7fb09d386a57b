import 'server-only';
import { achievedRate, estimateSecondsLeft } from '@/lib/campaigns/pacing';
import { contactStates, type ContactState } from '@/lib/campaigns/campaign-input';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { timeZonesOfContact } from './phone-time-zones';
import { sql } from './sql';

/** A campaign's settings and live progress: contacts per state, attempts per outcome, the pace, the time left and a per-10-second series. */
export async function getCampaign(id: string) {
  const campaign = await db.campaign.findUnique({ where: { id }, include: { _count: { select: { contacts: true } } } });
  if (!campaign) throw new AppError('not_found', `No campaign with id ${id}`);
  const [states, outcomes, pace, series] = await Promise.all([
    sql<{ state: ContactState; count: string }>('SELECT state, count(*) FROM campaign_contact WHERE campaign_id = $1 GROUP BY state', [id]),
    sql<{ outcome: string | null; count: string }>('SELECT outcome, count(*) FROM campaign_attempt WHERE campaign_id = $1 GROUP BY outcome', [id]),
    // The pace counts every Send Callflow sent; "dialed" leaves out those 8x8 refused (a 429 while
    // the trunk is full is an attempt that made no call). A server killed between the request
    // and storing 8x8's answer leaves a dial without a session: counted, as the call may exist.
    sql<{ count: string; first: Date | null; last: Date | null; made: string; in_call: string }>(
      `SELECT count(dialed_at) AS count, min(dialed_at) AS first, max(dialed_at) AS last,
              count(dialed_at) FILTER (WHERE session_id IS NOT NULL OR outcome IS NULL
                                          OR outcome NOT IN ('temporary_refusal', 'refused', 'capacity')) AS made,
              count(*) FILTER (WHERE settled_at IS NULL AND session_id IS NOT NULL) AS in_call
       FROM campaign_attempt WHERE campaign_id = $1`,
      [id],
    ),
    sql<{ at: Date; dialed: string }>(
      `SELECT to_timestamp(floor(extract(epoch FROM dialed_at) / 10) * 10) AT TIME ZONE 'UTC' AS at, count(*) AS dialed
       FROM campaign_attempt WHERE campaign_id = $1 AND dialed_at IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 360`,
      [id],
    ),
  ]);
  const counts = Object.fromEntries(contactStates.map((state) => [state, 0])) as Record<ContactState, number>;
  for (const row of states) counts[row.state] = Number(row.count);
  const attempts = Object.fromEntries(outcomes.map((row) => [row.outcome ?? 'pending', Number(row.count)]));
  const p = pace[0]!;
  const achieved = achievedRate({ count: Number(p.count), first: p.first, last: p.last });
  const remaining = counts.WAITING + counts.OUTSIDE_HOURS;
  const { _count, importInvalid, ...settings } = campaign;
  return {
    ...settings,
    contacts: _count.contacts,
    importInvalid: importInvalid as Array<{ line: number; reason: string }>,
    counts,
    inCall: Number(p.in_call),
    attempts,
    dialed: Number(p.made),
    // Run before its start: no dial until then (the jobs wait for it).
    waitingToStart: campaign.status === 'RUNNING' && campaign.startAt.getTime() > Date.now(),
    rate: { set: campaign.callsPerSecond, achieved },
    secondsLeft: campaign.status === 'RUNNING' ? estimateSecondsLeft(remaining, campaign.callsPerSecond, achieved) : null,
    series: series.reverse().map((row) => ({ at: row.at, dialed: Number(row.dialed) })),
  };
}
export type CampaignView = Awaited<ReturnType<typeof getCampaign>>;

/** 404 unless the campaign exists. */
export async function assertCampaignExists(id: string): Promise<void> {
  if (!(await db.campaign.findUnique({ where: { id }, select: { id: true } }))) throw new AppError('not_found', `No campaign with id ${id}`);
}

export async function listCampaigns() {
  return db.campaign.findMany({
    orderBy: { createdAt: 'desc' },
    take: 200,
    select: { id: true, name: true, status: true, createdAt: true, startAt: true, endAt: true, callsPerSecond: true, _count: { select: { contacts: true } } },
  });
}

/** Each contact's time zone(s) and attempts, newest contacts last, paged. */
export async function listAttempts(campaignId: string, page: number, pageSize: number) {
  const [total, contacts] = await Promise.all([
    db.campaignContact.count({ where: { campaignId } }),
    db.campaignContact.findMany({
      where: { campaignId },
      orderBy: { line: 'asc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        number: true,
        line: true,
        state: true,
        attemptRows: { orderBy: { attemptNo: 'asc' }, select: { attemptNo: true, claimedAt: true, dialedAt: true, sessionId: true, outcome: true, detail: true, summaryStatus: true, errorCode: true } },
      },
    }),
  ]);
  const withZones = contacts.map((contact) => ({ ...contact, timeZones: timeZonesOfContact(contact.number) }));
  return { total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)), contacts: withZones };
}
