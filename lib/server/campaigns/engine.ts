import 'server-only';
import { env } from '@/lib/env';
import { dialContact } from './dial-contact';
import { boss, dialQueue, type DialJob } from './queue';
import { finishCampaigns, settleAttempts } from './settle-attempts';

// Every app server works the campaign queue (started from instrumentation.ts): CAMPAIGN_WORKERS
// jobs at a time (in up to 6 fetch loops), and a settling pass every quarter second. Pace and caps are not per server:
// they live in the campaign's row (dial-contact.ts).

const holder = globalThis as unknown as { campaignEngine?: boolean };
const settleEveryMs = 250;

export async function startCampaignEngine(): Promise<void> {
  const workers = env().CAMPAIGN_WORKERS;
  if (holder.campaignEngine || workers === 0) return;
  holder.campaignEngine = true;
  const queue = await boss();
  // pg-boss waits out its polling interval after a quick job, so each fetch loop takes a batch
  // and dials it concurrently. A failed job fails its batch, which is then offered again:
  // harmless, since a contact's attempt is claimed once whatever the number of jobs.
  const loops = Math.min(workers, 6);
  const batchSize = Math.ceil(workers / loops);
  for (let i = 0; i < loops; i += 1) {
    await queue.work<DialJob>(dialQueue, { batchSize, pollingIntervalSeconds: 0.5 }, async (jobs) => {
      const results = await Promise.allSettled(jobs.map((job) => dialContact(job.data)));
      const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
      if (failed) throw failed.reason;
    });
  }
  const tick = async () => {
    try {
      while ((await settleAttempts()) > 0);
      await finishCampaigns();
    } catch (error) {
      console.error('[campaigns] settling failed', error);
    } finally {
      setTimeout(() => void tick(), settleEveryMs).unref?.();
    }
  };
  void tick();
  console.log(`[campaigns] working the campaign queue with ${workers} workers`);
}
