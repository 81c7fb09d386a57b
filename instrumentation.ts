// Next calls register() once per server process: every app server works the campaign queue.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startCampaignEngine } = await import('@/lib/server/campaigns/engine');
  const start = () =>
    startCampaignEngine().catch((error: unknown) => {
      console.error('[campaigns] the campaign engine could not start; trying again in 5 s', error);
      setTimeout(start, 5000).unref?.();
    });
  void start();
}
