import 'server-only';
import { csvRow } from '@/lib/calls/csv';
import { db } from '@/lib/db';

/** Results as CSV lines (CRLF, header first): one line per attempt, and one for a contact never tried. */
export async function* exportCampaign(campaignId: string): AsyncGenerator<string> {
  yield csvRow(['line', 'number', 'state', 'attempt', 'dialed_at', 'outcome', 'detail', 'session_id']);
  let cursor: string | undefined;
  for (;;) {
    const contacts = await db.campaignContact.findMany({
      where: { campaignId },
      orderBy: { id: 'asc' },
      take: 2000,
      ...(cursor && { skip: 1, cursor: { id: cursor } }),
      select: { id: true, number: true, line: true, state: true, attemptRows: { orderBy: { attemptNo: 'asc' }, select: { attemptNo: true, dialedAt: true, outcome: true, detail: true, sessionId: true } } },
    });
    if (!contacts.length) return;
    let chunk = '';
    for (const c of contacts) {
      if (!c.attemptRows.length) chunk += csvRow([c.line, c.number, c.state, null, null, null, null, null]);
      for (const a of c.attemptRows) chunk += csvRow([c.line, c.number, c.state, a.attemptNo, a.dialedAt, a.outcome, a.detail, a.sessionId]);
    }
    yield chunk;
    cursor = contacts.at(-1)!.id;
  }
}
