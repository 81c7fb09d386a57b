'use client';

import { useEffect, useRef, useState } from 'react';
import type { FlowDocument } from '@/lib/flow/document';
import { callApi } from '@/lib/http/call-api';

/** Each version's document, fetched once: published versions never change. */
export function useVersionDocuments(flowId: string, versions: ReadonlyArray<{ version: number }>) {
  const [documents, setDocuments] = useState<ReadonlyMap<number, FlowDocument | 'error'>>(new Map());
  const requested = useRef(new Set<number>());
  const wanted = versions.map((v) => v.version).join(',');

  useEffect(() => {
    const missing = wanted
      .split(',')
      .filter(Boolean)
      .map(Number)
      .filter((n) => !requested.current.has(n));
    for (const version of missing) {
      requested.current.add(version);
      void callApi<{ document: FlowDocument }>(`/api/flows/${flowId}/versions/${version}`).then((result) => {
        setDocuments((previous) => new Map(previous).set(version, result.ok ? result.data.document : 'error'));
      });
    }
  }, [flowId, wanted]);

  return documents;
}
