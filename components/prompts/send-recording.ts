import type { ApiResult } from '@/lib/http/call-api';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';

// An upload with progress: fetch cannot report how much of a request body has been sent,
// XMLHttpRequest can. The body is the file's bytes (the API reads its type from them).

export type Upload = { done: Promise<ApiResult<PromptSummary>>; abort: () => void };

export function sendRecording(file: Blob, name: string, onProgress: (sent: number, total: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const done = new Promise<ApiResult<PromptSummary>>((resolve) => {
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onload = () => resolve(resultOf(xhr));
    xhr.onerror = () => resolve({ ok: false, status: 0, message: 'The upload did not reach the server. Check your connection and try again.', body: {} });
    xhr.onabort = () => resolve({ ok: false, status: 0, message: 'Upload cancelled.', body: {} });
  });
  xhr.open('POST', `/api/prompts?name=${encodeURIComponent(name)}`);
  xhr.setRequestHeader('Content-Type', 'application/octet-stream');
  xhr.send(file);
  return { done, abort: () => xhr.abort() };
}

function resultOf(xhr: XMLHttpRequest): ApiResult<PromptSummary> {
  let parsed: unknown = null;
  try {
    parsed = xhr.responseText ? JSON.parse(xhr.responseText) : null;
  } catch {
    // Not JSON (a proxy's error page): the status line below says what happened.
  }
  const body = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  if (xhr.status === 201) return { ok: true, status: xhr.status, data: parsed as PromptSummary };
  const message = typeof body.error === 'string' ? body.error : `The upload failed (HTTP ${xhr.status}).`;
  return { ok: false, status: xhr.status, message, body };
}
