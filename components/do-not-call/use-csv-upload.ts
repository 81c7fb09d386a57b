'use client';

import { useCallback, useRef, useState } from 'react';
import { apiResult, unreachable, type ApiResult } from '@/lib/http/call-api';

export type UploadState<T> =
  | { phase: 'idle' }
  | { phase: 'uploading'; file: string; sent: number; total: number }
  /** Sent whole; the server is reading and saving it. */
  | { phase: 'processing'; file: string }
  | { phase: 'done'; file: string; data: T }
  | { phase: 'failed'; file: string; message: string };

/**
 * Posts a file as text/csv and reports how much of it has been sent: fetch cannot tell upload
 * progress, XMLHttpRequest can. The browser adds Origin (the server's CSRF check wants it).
 */
export function useCsvUpload<T>(url: string) {
  const [state, setState] = useState<UploadState<T>>({ phase: 'idle' });
  const current = useRef<XMLHttpRequest | null>(null);

  const upload = useCallback(
    (file: File): Promise<ApiResult<T>> =>
      new Promise((resolve) => {
        current.current?.abort();
        const request = new XMLHttpRequest();
        current.current = request;
        const finish = (result: ApiResult<T>) => {
          current.current = null;
          setState(result.ok ? { phase: 'done', file: file.name, data: result.data } : { phase: 'failed', file: file.name, message: result.message });
          resolve(result);
        };
        setState({ phase: 'uploading', file: file.name, sent: 0, total: file.size });
        request.upload.onprogress = (event) => setState({ phase: 'uploading', file: file.name, sent: event.loaded, total: event.lengthComputable ? event.total : file.size });
        request.upload.onload = () => setState({ phase: 'processing', file: file.name });
        request.onload = () => finish(apiResult<T>(request.status, request.responseText));
        request.onerror = () => finish(unreachable);
        request.open('POST', url);
        request.setRequestHeader('Content-Type', 'text/csv');
        request.send(file);
      }),
    [url],
  );

  return { state, upload, reset: () => setState({ phase: 'idle' }) };
}
