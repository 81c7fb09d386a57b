import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import type { PromptSummary } from '@/lib/server/prompts/prompt-summary';
import { silentMp3, silentWav, uniqueWav } from '@/lib/testing/audio-samples';
import { anonymousContext } from '../support/accounts';
import { caller, createFlow, publish, routeNumber } from '../support/api';
import { ownActorHeaders } from '../support/own-token';
import { apiAs, flowPlaying, postRecording, uploadRecording } from '../support/prompts';
import { cookieHeader, postEndlessChunked } from '../support/raw-http';
import { testServer } from '../support/test-server';

// The prompt library over HTTP: uploads checked by content and size, the public file URL
// (ranges, HEAD, 304, caching) serving stored hashes only, deletes refused while a
// published version plays the recording, and who may do what.

const accepted = /Upload MP3 \(MPEG audio Layer III, with or without an ID3v2 tag\) or WAV \(RIFF\/WAVE with a fmt chunk\)/;
const fiveMB = 5_000_000;

/** A valid WAV of exactly `size` bytes, different on every call. */
function wavOfSize(size: number): Buffer {
  const wav = silentWav(0, 8000);
  const data = size - wav.length;
  const whole = Buffer.concat([wav, Buffer.alloc(data)]);
  whole.writeUInt32LE(size - 8, 4);
  whole.writeUInt32LE(data, 40);
  randomBytes(16).copy(whole, 44);
  return whole;
}

test.describe('uploading', () => {
  test('a WAV and an MP3 are stored with the type read from their bytes, whatever the request claimed', async ({ request }) => {
    const wav = await uploadRecording(request, uniqueWav(), 'Welcome (WAV)');
    expect(wav).toMatchObject({ name: 'Welcome (WAV)', contentType: 'audio/wav', format: 'WAV', uploadedBy: testServer.admin.email });
    expect(wav.path).toMatch(/^\/prompts\/[0-9a-f]{64}\.wav$/);
    expect(wav.url).toBe(`${testServer.baseUrl}${wav.path}`);

    const mp3Bytes = Buffer.concat([silentMp3(2, { id3: true }), randomBytes(8)]);
    const response = await postRecording(request, mp3Bytes, 'Hold music', 'audio/wav');
    expect(response.status(), await response.text()).toBe(201);
    const mp3 = (await response.json()) as PromptSummary;
    expect(mp3).toMatchObject({ contentType: 'audio/mpeg', format: 'MP3', size: mp3Bytes.length });
    expect(mp3.path).toMatch(/\.mp3$/);
    expect(response.headers().location).toBe(`/api/prompts/${mp3.id}`);

    const list = await request.get(`/api/prompts?sha256=${wav.sha256},${mp3.sha256}&sort=name`);
    expect(list.status()).toBe(200);
    expect(((await list.json()) as { prompts: PromptSummary[] }).prompts.map((p) => p.name)).toEqual(['Hold music', 'Welcome (WAV)']);
  });

  test('the same bytes twice are refused with 409 naming the recording that holds them', async ({ request }) => {
    const bytes = uniqueWav();
    const first = await uploadRecording(request, bytes, 'Original');
    const again = await postRecording(request, bytes, 'Copy');
    expect(again.status()).toBe(409);
    expect(await again.json()).toMatchObject({ error: expect.stringMatching(/already in the library as “Original”/), existing: { id: first.id, path: first.path } });
  });

  const notAudio: Array<[string, Buffer]> = [
    ['a text file renamed .mp3', Buffer.from('These are my meeting notes, not a recording.\n')],
    ['an HTML page', Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>')],
    ['a PNG image', Buffer.concat([Buffer.from([0x89]), Buffer.from('PNG\r\n\x1a\n'), randomBytes(64)])],
  ];
  for (const [what, bytes] of notAudio) {
    test(`${what} is refused with 415 saying what is accepted`, async ({ request }) => {
      const response = await postRecording(request, bytes, 'not audio', 'audio/mpeg');
      expect(response.status()).toBe(415);
      expect(((await response.json()) as { error: string }).error).toMatch(accepted);
    });
  }

  test('a recording of exactly 5 MB is accepted; one byte more is refused with 413', async ({ request }) => {
    expect((await postRecording(request, wavOfSize(fiveMB))).status()).toBe(201);
    const over = await postRecording(request, wavOfSize(fiveMB + 1));
    expect(over.status()).toBe(413);
    expect(((await over.json()) as { error: string }).error).toBe('The recording is larger than 5 MB: send at most 5000000 bytes');
  });

  test('a chunked upload that never ends is cut off with 413 soon after 5 MB', async ({ request }) => {
    const answer = await postEndlessChunked(`/api/prompts?name=endless`, { Cookie: await cookieHeader(request), 'Content-Type': 'application/octet-stream' });
    expect(answer.status, answer.body).toBe(413);
    expect(answer.sent).toBeGreaterThan(fiveMB);
    expect(answer.sent).toBeLessThan(32 * 1024 * 1024);
  });

  test('a name is required and is one line; an empty body is refused', async ({ request }) => {
    const noName = await request.post('/api/prompts', { headers: { 'Content-Type': 'application/octet-stream' }, data: uniqueWav() });
    expect(noName.status()).toBe(422);
    expect(((await noName.json()) as { error: string }).error).toMatch(/name: Name the recording/);
    expect((await postRecording(request, uniqueWav(), 'two\nlines')).status()).toBe(422);
    const empty = await request.post('/api/prompts?name=empty', { headers: { 'Content-Type': 'application/octet-stream' } });
    expect(empty.status()).toBe(422);
  });

  test('with a session cookie, an upload must come from the app as raw bytes: a cross-site form post is refused', async ({ request }) => {
    for (const type of ['multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded']) {
      const response = await postRecording(request, uniqueWav(), 'csrf', type);
      expect(response.status(), type).toBe(403);
    }
    const foreign = await request.post('/api/prompts?name=csrf', {
      headers: { 'Content-Type': 'application/octet-stream', Origin: 'https://evil.example' },
      data: uniqueWav(),
    });
    expect(foreign.status()).toBe(403);
  });
});

test('a script uploads with an API token; a multipart form is refused with how to send the file', async ({ request }) => {
  const script = await anonymousContext(await ownActorHeaders(request, 'editor'));
  const stored = await uploadRecording(script, uniqueWav(), 'From a script');
  expect(stored.uploadedBy).toMatch(/^e2e /);
  const form = await script.post('/api/prompts?name=form', { multipart: { file: { name: 'a.wav', mimeType: 'audio/wav', buffer: uniqueWav() } } });
  expect(form.status()).toBe(415);
  expect(((await form.json()) as { error: string }).error).toMatch(/Send the recording’s bytes as the request body .*not a multipart form/);
  await script.dispose();
});

test.describe('the public file URL', () => {
  let stored: PromptSummary;
  let bytes: Buffer;
  test.beforeAll(async ({ request }) => {
    bytes = uniqueWav(1);
    stored = await uploadRecording(request, bytes, 'Served');
  });

  test('serves the bytes to anyone, with their type, a year of immutable caching and the hash as ETag', async () => {
    const stranger = await anonymousContext();
    const response = await stranger.get(stored.path, { maxRedirects: 0 });
    expect(response.status()).toBe(200);
    expect(Buffer.from(await response.body())).toEqual(bytes);
    expect(response.headers()).toMatchObject({
      'content-type': 'audio/wav',
      'content-length': String(bytes.length),
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${stored.sha256}"`,
      'accept-ranges': 'bytes',
      'x-content-type-options': 'nosniff',
    });
    await stranger.dispose();
  });

  test('answers a range with 206, a range past the end with 416, HEAD without a body, and a known ETag with 304', async ({ request }) => {
    const part = await request.get(stored.path, { headers: { Range: 'bytes=10-29' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toBe(`bytes 10-29/${bytes.length}`);
    expect(Buffer.from(await part.body())).toEqual(bytes.subarray(10, 30));

    const tail = await request.get(stored.path, { headers: { Range: 'bytes=-4' } });
    expect(tail.status()).toBe(206);
    expect(Buffer.from(await tail.body())).toEqual(bytes.subarray(bytes.length - 4));

    const bad = await request.get(stored.path, { headers: { Range: `bytes=${bytes.length}-` } });
    expect(bad.status()).toBe(416);
    expect(bad.headers()['content-range']).toBe(`bytes */${bytes.length}`);

    const head = await request.head(stored.path);
    expect(head.status()).toBe(200);
    expect(head.headers()['content-length']).toBe(String(bytes.length));
    expect(head.headers()['content-type']).toBe('audio/wav');
    expect((await head.body()).length).toBe(0);

    const revalidated = await request.get(stored.path, { headers: { 'If-None-Match': `"${stored.sha256}"` } });
    expect(revalidated.status()).toBe(304);
    expect((await revalidated.body()).length).toBe(0);
  });

  test('serves nothing but a stored hash with its own extension, and never redirects a stranger to sign in', async () => {
    const stranger = await anonymousContext();
    const { sha256 } = stored;
    for (const path of [
      `/prompts/${sha256}.mp3`,
      `/prompts/${sha256.toUpperCase()}.wav`,
      `/prompts/${'0'.repeat(64)}.wav`,
      `/prompts/${sha256}.wav.bak`,
      `/prompts/${sha256}`,
      `/prompts/${sha256.slice(1)}.wav`,
      '/prompts/..%2Fapi%2Fprompts',
      '/prompts/x',
    ]) {
      const response = await stranger.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect((await response.body()).includes(Buffer.from('RIFF')), path).toBe(false);
    }
    // The library page itself stays behind sign-in.
    expect((await stranger.get('/prompts', { maxRedirects: 0 })).status()).toBe(307);
    await stranger.dispose();
  });

  test('a deleted recording is no longer served', async ({ request }) => {
    const gone = await uploadRecording(request, uniqueWav(), 'To delete');
    expect((await request.get(gone.path)).status()).toBe(200);
    expect((await request.delete(`/api/prompts/${gone.id}`)).status()).toBe(200);
    expect((await request.get(gone.path)).status()).toBe(404);
  });
});

test.describe('in flows', () => {
  test('a published flow plays the recording from the app’s public URL, and 8x8 can fetch it', async ({ request }) => {
    const stored = await uploadRecording(request, uniqueWav(), 'Greeting');
    const flowId = await createFlow(request, { document: flowPlaying(stored.path) });
    await publish(request, flowId);
    const number = await routeNumber(request, flowId);
    const reply = await caller(request, { destination: number }).dial();
    expect(reply.callflow[0]).toEqual({ action: 'playFile', params: { fileUrl: `${testServer.baseUrl}${stored.path}` } });
    const stranger = await anonymousContext();
    expect((await stranger.get((reply.callflow[0] as { params: { fileUrl: string } }).params.fileUrl)).status()).toBe(200);
    await stranger.dispose();
  });

  test('deleting a recording a published version plays is refused with 409 listing the flow and version; renaming keeps the URL', async ({ request }) => {
    const stored = await uploadRecording(request, uniqueWav(), 'In use');
    const flowId = await createFlow(request, { name: 'Plays it', document: flowPlaying(stored.path) });
    await publish(request, flowId);

    const publisher = await apiAs('publisher');
    const refused = await publisher.delete(`/api/prompts/${stored.id}`);
    expect(refused.status()).toBe(409);
    expect(await refused.json()).toMatchObject({
      error: '“In use” is played by published versions of “Plays it” v1 (live). Published versions never change, so it stays while they exist.',
      usedBy: [{ flowId, flowName: 'Plays it', versions: [1], live: true }],
    });
    const detail = await request.get(`/api/prompts/${stored.id}`);
    expect(await detail.json()).toMatchObject({ usage: { published: [{ flowId, versions: [1] }], drafts: [{ flowId }] } });

    const renamed = await request.patch(`/api/prompts/${stored.id}`, { data: { name: 'Still in use' } });
    expect(renamed.status()).toBe(200);
    expect(await renamed.json()).toMatchObject({ name: 'Still in use', path: stored.path });
    expect((await request.get(stored.path)).status()).toBe(200);
    await publisher.dispose();
  });

  test('deleting a recording only a draft plays succeeds, names the draft, and lint then refuses to publish it', async ({ request }) => {
    const stored = await uploadRecording(request, uniqueWav(), 'Draft only');
    const flowId = await createFlow(request, { name: 'Draft plays it', document: flowPlaying(stored.path) });
    const deleted = await request.delete(`/api/prompts/${stored.id}`);
    expect(deleted.status()).toBe(200);
    expect(await deleted.json()).toEqual({ id: stored.id, name: 'Draft only', drafts: [{ flowId, flowName: 'Draft plays it' }] });

    const flow = (await (await request.get(`/api/flows/${flowId}`)).json()) as { lint: Array<{ code: string; nodeId: string }> };
    expect(flow.lint).toContainEqual(expect.objectContaining({ code: 'missing-recording', nodeId: 'greeting' }));
    const publishing = await request.post(`/api/flows/${flowId}/publish`);
    expect(publishing.status()).toBe(422);
    expect(((await publishing.json()) as { error: string }).error).toMatch(/its recording was deleted from the prompt library/);
  });

  test('upload, rename and delete are in the audit log', async ({ request }) => {
    const stored = await uploadRecording(request, uniqueWav(), 'Audited');
    await request.patch(`/api/prompts/${stored.id}`, { data: { name: 'Audited again' } });
    await request.delete(`/api/prompts/${stored.id}`);
    const log = await request.get(`/api/audit?targetType=prompt&targetId=${stored.id}`);
    expect(log.status(), await log.text()).toBe(200);
    const entries = ((await log.json()) as { entries: Array<{ action: string; summary: string }> }).entries;
    expect(entries.map((entry) => entry.action).sort()).toEqual(['prompt.delete', 'prompt.rename', 'prompt.upload']);
  });
});

test.describe('who may do what', () => {
  test('strangers are refused on every management route', async () => {
    const stranger = await anonymousContext({ Origin: testServer.baseUrl });
    const id = '00000000-0000-0000-0000-000000000000';
    const attempts = [
      stranger.get('/api/prompts'),
      stranger.post('/api/prompts?name=x', { headers: { 'Content-Type': 'application/octet-stream' }, data: uniqueWav() }),
      stranger.get(`/api/prompts/${id}`),
      stranger.patch(`/api/prompts/${id}`, { data: { name: 'x' } }),
      stranger.delete(`/api/prompts/${id}`),
    ];
    for (const response of await Promise.all(attempts)) expect(response.status(), response.url()).toBe(401);
    await stranger.dispose();
  });

  test('a viewer may list and listen but not upload, rename or delete', async ({ request }) => {
    const stored = await uploadRecording(request, uniqueWav(), 'Viewer sees');
    const viewer = await apiAs('viewer');
    expect((await viewer.get('/api/prompts')).status()).toBe(200);
    expect((await viewer.get(stored.path)).status()).toBe(200);
    expect((await postRecording(viewer, uniqueWav())).status()).toBe(403);
    expect((await viewer.patch(`/api/prompts/${stored.id}`, { data: { name: 'x' } })).status()).toBe(403);
    expect((await viewer.delete(`/api/prompts/${stored.id}`)).status()).toBe(403);
    await viewer.dispose();
  });

  test('an editor uploads and renames, but deleting needs a publisher', async () => {
    const editor = await apiAs('editor');
    const stored = await uploadRecording(editor, uniqueWav(), 'Editor made');
    expect((await editor.patch(`/api/prompts/${stored.id}`, { data: { name: 'Editor renamed' } })).status()).toBe(200);
    const refused = await editor.delete(`/api/prompts/${stored.id}`);
    expect(refused.status()).toBe(403);
    expect(((await refused.json()) as { error: string }).error).toMatch(/Needs the Publisher role or higher/);
    const publisher = await apiAs('publisher');
    expect((await publisher.delete(`/api/prompts/${stored.id}`)).status()).toBe(200);
    await Promise.all([editor.dispose(), publisher.dispose()]);
  });
});
