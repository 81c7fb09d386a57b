import 'server-only';
import { env } from '@/lib/env';
import { dialContact } from './dial-contact';
import { boss, dialQueue, type DialJob } from './queue';
import { finishCampaigns, settleAttempts } from './settle-attempts';

// Every app server works the campaign queue (started from instrumentation.ts): CAMPAIGN_WORKERS
// jobs at a time, and a settling pass every quarter second. Pace and caps are not per server:
// they live in the campaign's row (dial-contact.ts).

const holder = globalThis as unknown as { campaignEngine?: boolean };
const settleEveryMs = 250;

export async function startCampaignEngine(): Promise<void> {
  const workers = env().CAMPAIGN_WORKERS;
  if (holder.campaignEngine || workers === 0) return;
  holder.campaignEngine = true;
  const queue = await boss();
  for (let i = 0; i < workers; i += 1) {
    await queue.work<DialJob>(dialQueue, { batchSize: 1, pollingIntervalSeconds: 0.5 }, async ([job]) => {
      if (job) await dialContact(job.data);
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
