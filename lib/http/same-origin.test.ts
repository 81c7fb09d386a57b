import { describe, expect, it } from 'vitest';
import { crossSiteRefusal } from './same-origin';

// The CSRF rule for changes made with a session cookie: the app's own origin, and a body of a
// type no form of another site can send.

const app = 'https://ivr.example';
const headers = (values: Record<string, string>) => new Headers(values);

describe('crossSiteRefusal', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'text/csv', 'text/csv;charset=UTF-8'])('lets a same-origin body of type %s through', (type) => {
    expect(crossSiteRefusal(headers({ origin: app, 'content-type': type, 'content-length': '10' }), [app])).toBeNull();
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/csvx'])('refuses a body of type %s, which a form can send', (type) => {
    expect(crossSiteRefusal(headers({ origin: app, 'content-type': type, 'content-length': '10' }), [app])).toMatch(/Send the body as application\/json, or text\/csv/);
  });

  it('refuses another origin whatever the body', () => {
    expect(crossSiteRefusal(headers({ origin: 'https://evil.example', 'content-type': 'text/csv', 'content-length': '10' }), [app])).toMatch(/Refused a request from https:\/\/evil.example/);
    expect(crossSiteRefusal(headers({ 'sec-fetch-site': 'cross-site', 'content-type': 'text/csv' }), [app])).toMatch(/cross-site/);
  });
});
