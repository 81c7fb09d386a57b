import { describe, expect, it } from 'vitest';
import { webhookBaseFor } from './webhook-base-url';

describe('webhookBaseFor', () => {
  it('uses APP_BASE_URL in both modes, without a trailing slash', () => {
    expect(webhookBaseFor('live', 'https://ivr.example.com/', 'http://127.0.0.1:3000')).toEqual({ url: 'https://ivr.example.com', problem: null });
    expect(webhookBaseFor('sandbox', 'https://ivr.example.com', 'http://127.0.0.1:3000').url).toBe('https://ivr.example.com');
  });

  it('refuses real 8x8 without APP_BASE_URL, saying what to set', () => {
    expect(webhookBaseFor('live', undefined, 'http://127.0.0.1:3000')).toEqual({ url: null, problem: expect.stringMatching(/^Set APP_BASE_URL/) });
  });

  it('gives the sandbox this server’s own address', () => {
    expect(webhookBaseFor('sandbox', undefined, 'http://127.0.0.1:3000')).toEqual({ url: 'http://127.0.0.1:3000', problem: null });
  });
});
