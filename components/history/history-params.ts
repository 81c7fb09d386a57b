// The history page's state lives in the URL query, so a view can be shared and
// back/forward work. These helpers read and rewrite that query.

export type HistoryParams = Record<string, string>;

export const filterKeys = ['flowId', 'version', 'status', 'direction', 'from', 'to', 'number', 'errorCode'] as const;

/** The first value of each query parameter, empty ones dropped. */
export function firstValues(query: Record<string, string | string[] | undefined>): HistoryParams {
  const params: HistoryParams = {};
  for (const [key, value] of Object.entries(query)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first) params[key] = first;
  }
  return params;
}

/** The query with `changes` applied (undefined or '' removes a key). */
export function withParams(params: HistoryParams, changes: Record<string, string | undefined>): string {
  const next = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...changes })) if (value) next.set(key, value);
  const text = next.toString();
  return text ? `?${text}` : '';
}

/** Only the filters (no sort or page): for the CSV export and "clear filters". */
export function filtersOnly(params: HistoryParams): HistoryParams {
  return Object.fromEntries(Object.entries(params).filter(([key]) => (filterKeys as readonly string[]).includes(key)));
}
