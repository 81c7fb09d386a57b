import 'server-only';
import { getCampaign } from './get-campaign';

// A campaign's view for its live pages: one reader per campaign per server process, however
// many pages watch it, reading the view twice a second and passing it on only when it
// changed; it stops when the last watcher leaves. The view is serialized once, for all.

type Watcher = (viewJson: string) => void;
type Feed = { watchers: Set<Watcher>; last: string | null; timer: ReturnType<typeof setTimeout> | undefined };

const readEveryMs = 500;
const holder = globalThis as unknown as { campaignFeeds?: Map<string, Feed> };
const feeds = (holder.campaignFeeds ??= new Map<string, Feed>());

async function read(campaignId: string, feed: Feed): Promise<void> {
  try {
    const json = JSON.stringify(await getCampaign(campaignId));
    if (json !== feed.last) {
      feed.last = json;
      for (const watcher of [...feed.watchers]) watcher(json);
    }
  } catch (error) {
    console.error('[campaigns] could not read the campaign for its live page', campaignId, error);
  } finally {
    // A feed stopped meanwhile (its last watcher left) is no longer the campaign's.
    if (feeds.get(campaignId) === feed) feed.timer = setTimeout(() => void read(campaignId, feed), readEveryMs);
  }
}

/** `watcher` gets the campaign's current view (as JSON) now or at the first read, then each changed one. */
export function watchCampaign(campaignId: string, watcher: Watcher): () => void {
  let feed = feeds.get(campaignId);
  if (!feed) {
    feed = { watchers: new Set(), last: null, timer: undefined };
    feeds.set(campaignId, feed);
    void read(campaignId, feed);
  } else if (feed.last) {
    watcher(feed.last);
  }
  feed.watchers.add(watcher);
  const own = feed;
  return () => {
    if (!own.watchers.delete(watcher) || own.watchers.size > 0) return;
    clearTimeout(own.timer);
    if (feeds.get(campaignId) === own) feeds.delete(campaignId);
  };
}
