import type { z } from 'zod';
import {
  callflowResponse,
  deletedWebhook,
  errorBody,
  speechProfileList,
  virtualNumberList,
  webhookList,
  type DeletedWebhook,
  type RegisterWebhookRequest,
  type RegisteredWebhook,
  type SpeechProfile,
  type VirtualNumber,
  type WebhookType,
} from './api-schemas';
import type { SendCallflowRequest } from './callflow';
import { parseReadable } from '@/lib/http/readable-parse';
import { requestJson, type FetchLike, type JsonResponse } from './request-json';
import { callflowStatusMeaning } from './status-codes';
import { VoiceApiError } from './voice-api-error';

export { VoiceApiError } from './voice-api-error';
export type { FetchLike } from './request-json';

export type VoiceClientOptions = {
  /** e.g. https://voice.8x8.com */
  baseUrl: string;
  subAccountId: string;
  apiKey: string;
  fetch?: FetchLike;
  /** Per request; 8x8 answers in well under a second when healthy. */
  timeoutMs?: number;
};

export type SendCallflowResult =
  | { created: true; sessionId: string; callFlowRequestId: string; statusCode: number; statusMessage: string }
  | {
      created: false;
      httpStatus: number;
      statusCode: number;
      statusMessage: string;
      /** What statusCode means, for showing to people. */
      meaning: string;
      callFlowRequestId: string | null;
      /** Retry-After of a 429 or 5xx, as sent (seconds or an HTTP date). */
      retryAfter?: string | null;
    };

export type VoiceClient = ReturnType<typeof createVoiceClient>;

const DEFAULT_TIMEOUT_MS = 10_000;

export function createVoiceClient(options: VoiceClientOptions) {
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // The lookbehind starts a match only at the first slash of a run, so a long run cannot backtrack.
  const root = `${options.baseUrl.replace(/(?<!\/)\/+$/, '')}/api/v1/subaccounts/${encodeURIComponent(options.subAccountId)}`;

  const call = (method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown) =>
    requestJson({ fetch: fetchFn, method, url: `${root}${path}`, apiKey: options.apiKey, timeoutMs, body });

  return {
    /** Documented refusals (NOT_CREATED, any HTTP status) are results, not errors. */
    async sendCallflow(request: SendCallflowRequest): Promise<SendCallflowResult> {
      const url = `${root}/callflows`;
      const response = await call('POST', '/callflows', request);
      const parsed = parseReadable(callflowResponse, response.json);
      if (!parsed.ok) throw unexpected(url, response, parsed.message);
      const body = parsed.data;
      if (body.sessionStatus === 'CREATED') {
        const { sessionId, callFlowRequestId, statusCode, statusMessage } = body;
        return { created: true, sessionId, callFlowRequestId, statusCode, statusMessage };
      }
      const meaning = callflowStatusMeaning(body.statusCode);
      return {
        created: false,
        httpStatus: response.status,
        statusCode: body.statusCode,
        statusMessage: body.statusMessage ?? meaning,
        meaning,
        callFlowRequestId: body.callFlowRequestId ?? null,
        retryAfter: response.retryAfter ?? null,
      };
    },

    async listWebhooks(): Promise<RegisteredWebhook[]> {
      const response = await call('GET', '/webhooks');
      return expectBody(`${root}/webhooks`, response, webhookList).webhooks;
    },

    /** Answers with the subaccount's webhooks after the change. */
    async registerWebhook(request: RegisterWebhookRequest): Promise<RegisteredWebhook[]> {
      const response = await call('POST', '/webhooks', request);
      return expectBody(`${root}/webhooks`, response, webhookList).webhooks;
    },

    async deleteWebhook(type: WebhookType): Promise<DeletedWebhook> {
      const path = `/webhooks/${encodeURIComponent(type)}`;
      const response = await call('DELETE', path);
      return expectBody(`${root}${path}`, response, deletedWebhook);
    },

    async listSpeechProfiles(): Promise<SpeechProfile[]> {
      const response = await call('GET', '/speech-profiles');
      return expectBody(`${root}/speech-profiles`, response, speechProfileList).speechProfiles;
    },

    async listNumbers(): Promise<VirtualNumber[]> {
      const response = await call('GET', '/numbers');
      return expectBody(`${root}/numbers`, response, virtualNumberList).numbers;
    },
  };
}

/** A 2xx body matching `schema`, or a VoiceApiError saying what came back instead. */
function expectBody<S extends z.ZodType>(url: string, response: JsonResponse, schema: S): z.output<S> {
  if (!response.ok) throw unexpected(url, response, null);
  const parsed = parseReadable(schema, response.json);
  if (!parsed.ok) throw unexpected(url, response, parsed.message);
  return parsed.data;
}

function unexpected(url: string, response: JsonResponse, problem: string | null): VoiceApiError {
  const httpStatus = response.status;
  if (!response.ok) {
    const reason = parseReadable(errorBody, response.json);
    const detail = reason.ok ? `: ${reason.data.statusMessage}` : '';
    return new VoiceApiError('http', url, `${url}: HTTP ${httpStatus}${detail}`, { httpStatus });
  }
  return new VoiceApiError('invalid-response', url, `${url}: unexpected response body (${problem})`, { httpStatus });
}
