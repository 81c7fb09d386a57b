import 'server-only';
import type { Actor } from '@/lib/auth/actor';
import { summariseTimeZones } from '@/lib/campaigns/contact-time-zones';
import { readContactsCsv } from '@/lib/campaigns/read-contacts-csv';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { auditActorOf, recordAudit } from '@/lib/server/audit/record-audit';
import { timeZonesOfContact } from './phone-time-zones';

const batchSize = 10_000;

/**
 * A draft campaign's contacts from a CSV stream: checked (readContactsCsv), then inserted in
 * batches of array parameters in one transaction, replacing any earlier import of the draft.
 * rows = contacts + duplicates + invalidCount; the totals, and whose hours are read in which
 * zones, are shown before the run is confirmed.
 */
export async function importContacts(actor: Actor & { ip?: string | null }, campaignId: string, chunks: AsyncIterable<Uint8Array | string>) {
  const campaign = await db.campaign.findUnique({ where: { id: campaignId }, select: { status: true, name: true } });
  if (!campaign) throw new AppError('not_found', `No campaign with id ${campaignId}`);
  if (campaign.status !== 'DRAFT') throw new AppError('conflict', 'Contacts can only be imported before the campaign runs');
  const read = await readContactsCsv(chunks);
  if (!read.ok) throw new AppError('unprocessable', read.message);
  const { csv } = read;
  await db.$transaction(
    async (tx) => {
      await tx.campaignContact.deleteMany({ where: { campaignId } });
      for (let at = 0; at < csv.contacts.length; at += batchSize) {
        const batch = csv.contacts.slice(at, at + batchSize);
        await tx.$executeRaw`
          INSERT INTO campaign_contact (id, campaign_id, number, vars, line)
          SELECT gen_random_uuid()::text, ${campaignId}, c.number, c.vars::jsonb, c.line
          FROM unnest(${batch.map((c) => c.number)}::text[], ${batch.map((c) => JSON.stringify(c.vars))}::text[], ${batch.map((c) => c.line)}::int[]) AS c(number, vars, line)`;
      }
      await tx.campaign.update({
        where: { id: campaignId },
        data: { importRows: csv.rows, importDuplicates: csv.duplicates, importInvalid: csv.invalid, importInvalidCount: csv.invalidCount },
      });
      await recordAudit(auditActorOf(actor), {
        action: 'campaign.import',
        target: { type: 'campaign', id: campaignId },
        summary: `Imported ${csv.contacts.length} contacts to campaign "${campaign.name}" (${csv.rows} rows, ${csv.duplicates} duplicates merged, ${csv.invalidCount} bad rows)`,
        details: { rows: csv.rows, contacts: csv.contacts.length, duplicates: csv.duplicates, invalid: csv.invalidCount, vars: csv.varColumns },
      }, tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { rows: csv.rows, contacts: csv.contacts.length, duplicates: csv.duplicates, invalid: csv.invalid, invalidCount: csv.invalidCount, numberColumn: csv.numberColumn, varColumns: csv.varColumns, timeZones: summariseTimeZones(csv.contacts, timeZonesOfContact) };
}
