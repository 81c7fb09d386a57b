import { describe, expect, it } from 'vitest';
import { crossSiteRefusal } from './same-origin';

const app = 'https://ivr.example.com';
const post = (type: string | null, extra: Record<string, string> = {}) =>
  new Headers({ Origin: app, Host: 'ivr.example.com', 'Content-Length': '10', ...(type && { 'Content-Type': type }), ...extra });

describe('crossSiteRefusal: the body types a cookie-authenticated change may carry', () => {
  it('JSON routes take JSON only', () => {
    expect(crossSiteRefusal(post('application/json; charset=utf-8'), [app])).toBeNull();
    expect(crossSiteRefusal(post('application/octet-stream'), [app])).toMatch(/Send the body as application\/json \(got application\/octet-stream\)/);
  });

  it('file routes take raw bytes (octet-stream or audio/*), never what a cross-site form can send', () => {
    for (const type of ['application/octet-stream', 'audio/mpeg', 'audio/wav', 'audio/x-wav']) expect(crossSiteRefusal(post(type), [app], 'bytes')).toBeNull();
    for (const type of ['multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded', 'application/json', null]) {
      expect(crossSiteRefusal(post(type), [app], 'bytes'), String(type)).toMatch(/Send the file as application\/octet-stream \(or its audio\/\* type\)/);
    }
  });

  it('CSV routes take text/csv, never what a cross-site form can send', () => {
    for (const type of ['text/csv', 'text/csv;charset=UTF-8']) expect(crossSiteRefusal(post(type), [app], 'csv')).toBeNull();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csvx', null]) {
      expect(crossSiteRefusal(post(type), [app], 'csv'), String(type)).toMatch(/Send the CSV as text\/csv/);
    }
    expect(crossSiteRefusal(post('text/csv'), [app])).toMatch(/Send the body as application\/json/);
  });

  it('the origin check comes first whatever the body', () => {
    expect(crossSiteRefusal(post('audio/mpeg', { Origin: 'https://evil.example' }), [app], 'bytes')).toMatch(/Refused a request from https:\/\/evil.example/);
    expect(crossSiteRefusal(post('audio/mpeg', { 'Sec-Fetch-Site': 'cross-site' }), [app], 'bytes')).toMatch(/Refused a cross-site request/);
  });
});
