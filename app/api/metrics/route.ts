import { env } from '@/lib/env';
import { AppError } from '@/lib/http/app-error';
import { route } from '@/lib/http/route';
import { metricsSnapshot } from '@/lib/server/metrics';

export const dynamic = 'force-dynamic';

/** Database round trips per webhook kind, when the server runs with METRICS=1. */
export const GET = route('settings.manage', async () => {
  if (!env().METRICS) throw new AppError('not_found', 'Metrics are off: start the server with METRICS=1');
  return Response.json(metricsSnapshot());
});
