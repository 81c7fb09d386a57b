import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { testServer } from './test-server';

// A second production server process on the same database and build, as a second
// instance behind a load balancer would be — or, with `env`, a server configured
// differently (real 8x8 credentials, SANDBOX=off, another SECRETS_KEY…), typically on
// its own database (isolated-database.ts).

export type SecondServer = { baseUrl: string; stop: () => Promise<void>; /** kill -9 of its whole process group, as a crash. */ kill: () => void; /** The last 20,000 characters it printed. */ output: () => string };
export type SecondServerOptions = { env?: Record<string, string> };

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

/** Refuses to start where another process already listens: its health check would pass for ours. */
async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(new Error(`Port ${port} is already in use, so a second server cannot start there (${error.message})`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function groupAlive(group: number): boolean {
  try {
    process.kill(group, 0);
    return true;
  } catch {
    return false;
  }
}

/** A port the system has just handed out as free: servers of a test's own never meet another run's. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('No free port');
  return address.port;
}

export async function startSecondServer(port = testServer.port + 1, options: SecondServerOptions = {}): Promise<SecondServer> {
  const baseUrl = `http://127.0.0.1:${port}`;
  await assertPortFree(port);
  const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      WEBHOOK_AUTH_TOKEN: testServer.webhookToken,
      DATA_DIR: process.env.DATA_DIR ?? '.data/e2e',
      NEXT_TELEMETRY_DISABLED: '1',
      ...options.env,
    },
    // Its own process group, so stopping it stops the next server it spawned too.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const stop = async () => {
    const running = () => child.exitCode === null && child.signalCode === null;
    if (!running() || child.pid === undefined) return;
    const group = -child.pid;
    process.kill(group, 'SIGTERM');
    // Stopped means the whole group is gone (the Next server it spawned too), so its port is free.
    const deadline = Date.now() + 10_000;
    while (groupAlive(group) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    if (groupAlive(group)) process.kill(group, 'SIGKILL');
  };
  try {
    await healthy(baseUrl, child, 120_000);
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${output.slice(-4000)}`);
  }
  const kill = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGKILL');
  };
  return { baseUrl, stop, kill, output: () => output };
}

export type SseEvent = { event: string; data: string };

/** Reads a server-sent event stream; `next` waits for the first event that matches. */
export function followEvents(url: string, headers: Record<string, string> = {}) {
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
    const response = await fetch(url, { signal: abort.signal, headers: { Accept: 'text/event-stream', ...headers } });
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
