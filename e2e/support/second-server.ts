import { spawn, type ChildProcess } from 'node:child_process';
import { testServer } from './test-server';

// A second production server process on the same database and build, as a second
// instance behind a load balancer would be — or, with `env`, another deployment (its own
// database and DATA_DIR) started by a test that needs a server of its own.

export type SecondServer = {
  baseUrl: string;
  stop: () => Promise<void>;
  /** What `npm start` printed so far (its last 16 KiB). */
  output: () => string;
};

async function healthy(baseUrl: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The second server exited with code ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The second server did not answer ${baseUrl}/api/health within ${timeoutMs} ms`);
}

export async function startSecondServer(port = testServer.port + 1, env: Record<string, string> = {}): Promise<SecondServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      WEBHOOK_AUTH_TOKEN: testServer.webhookToken,
      DATA_DIR: process.env.DATA_DIR ?? '.data/e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    // Its own process group, so stopping it stops the next server it spawned too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-16_000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  try {
    await healthy(baseUrl, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output}`);
  }
  return { baseUrl, stop, output: () => output };
}

export type SseEvent = { event: string; data: string };

/** Reads a server-sent event stream; `next` waits for the first event that matches. */
export function followEvents(url: string) {
  const abort = new AbortController();
  const events: SseEvent[] = [];
  const waiters: Array<{ test: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }> = [];
  const push = (e: SseEvent) => {
    events.push(e);
    for (const waiter of [...waiters]) {
      if (!waiter.test(e)) continue;
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(e);
    }
  };
  const done = (async () => {
    const response = await fetch(url, { signal: abort.signal, headers: { Accept: 'text/event-stream' } });
    if (!response.ok || !response.body) throw new Error(`${url} answered ${response.status}`);
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk as Uint8Array, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) event = line.slice(7);
          else if (line.startsWith('data: ')) data.push(line.slice(6));
        }
        if (data.length > 0) push({ event, data: data.join('\n') });
      }
    }
  })().catch((error: unknown) => {
    if (!abort.signal.aborted) throw error;
  });
  return {
    events,
    next(test: (e: SseEvent) => boolean, timeoutMs = 15_000): Promise<SseEvent> {
      const seen = events.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No matching event within ${timeoutMs} ms; got ${JSON.stringify(events)}`)), timeoutMs);
        waiters.push({ test, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    async close() {
      abort.abort();
      await done;
    },
  };
}
