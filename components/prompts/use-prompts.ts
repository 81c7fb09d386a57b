'use client';

import { useEffect, useState } from 'react';
import { callApi } from '@/lib/http/call-api';
import type { PromptsPage } from '@/lib/server/prompts/list-prompts';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';

// The designer's view of the prompt library: the recordings by name for the Play file
// picker, and which of the recordings a flow plays still exist (for lint). Both are read
// again when the window regains focus: the library may have changed in another tab.

export type PromptListState =
  | { state: 'loading' }
  | { state: 'ready'; prompts: PromptSummary[]; total: number }
  | { state: 'error'; message: string };

/** The most a picker lists; a larger library shows the first ones by name (and the picked one). */
export const pickerListSize = 500;

// One request per page and focus: every picker shares it.
let listRequest: Promise<PromptListState> | null = null;

function loadList(): Promise<PromptListState> {
  listRequest ??= callApi<PromptsPage>(`/api/prompts?sort=name&pageSize=${pickerListSize}`).then((result) => {
    if (result.ok) return { state: 'ready' as const, prompts: result.data.prompts, total: result.data.total };
    listRequest = null; // the next picker tries again
    return { state: 'error' as const, message: result.message };
  });
  return listRequest;
}

/** Runs `load` now, and again (`refresh`) whenever the window regains focus; `load` answers how to cancel it. */
function useOnFocus(load: (refresh: boolean) => () => void, key: string) {
  useEffect(() => {
    let cancel = load(false);
    const again = () => {
      cancel();
      cancel = load(true);
    };
    window.addEventListener('focus', again);
    return () => {
      window.removeEventListener('focus', again);
      cancel();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` says when `load` means something new
  }, [key]);
}

export function usePromptList(): PromptListState {
  const [list, setList] = useState<PromptListState>({ state: 'loading' });
  useOnFocus((refresh) => {
    let live = true;
    if (refresh) listRequest = null;
    void loadList().then((next) => live && setList(next));
    return () => {
      live = false;
    };
  }, 'list');
  return list;
}

/**
 * The recordings with these hashes that are in the library, by hash; undefined until known
 * (or when they cannot be read: lint then does not guess). At most 200 hashes are checked.
 */
export function usePromptsByHash(hashes: readonly string[]): ReadonlyMap<string, PromptSummary> | undefined {
  const key = [...new Set(hashes)].sort().slice(0, 200).join(',');
  const [found, setFound] = useState<{ key: string; prompts: ReadonlyMap<string, PromptSummary> } | null>(null);
  useOnFocus(() => {
    if (!key) return () => undefined;
    let live = true;
    void callApi<PromptsPage>(`/api/prompts?sha256=${key}&pageSize=200`).then((result) => {
      if (live && result.ok) setFound({ key, prompts: new Map(result.data.prompts.map((p) => [p.sha256, p])) });
    });
    return () => {
      live = false;
    };
  }, key);
  if (!key) return emptyMap;
  return found?.key === key ? found.prompts : undefined;
}

const emptyMap: ReadonlyMap<string, PromptSummary> = new Map();
