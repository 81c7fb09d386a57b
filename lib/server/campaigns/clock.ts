import 'server-only';

// The clock calling hours are judged by: real time, shifted in tests (POST /sandbox/api/clock).
const holder = globalThis as unknown as { campaignClockOffsetMs?: number };

export const campaignNow = (): Date => new Date(Date.now() + (holder.campaignClockOffsetMs ?? 0));

/** Tests: make "now" this instant (null: real time again). */
export function setCampaignClock(at: Date | null): void {
  holder.campaignClockOffsetMs = at ? at.getTime() - Date.now() : 0;
}
