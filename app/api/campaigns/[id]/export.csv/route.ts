import { csvDownload } from '@/lib/http/csv-download';
import { route } from '@/lib/http/route';
import { exportCampaign } from '@/lib/server/campaigns/export-campaign';

/** The results as CSV, one line per attempt (and per contact never tried), streamed. */
export const GET = route<{ id: string }>('campaigns.read', async (_request, context) => csvDownload(exportCampaign((await context.params).id), 'campaign'));
