import { spawn, type ChildProcess } from 'node:child_process';
import { ensureBuild } from '../lib/ensure-build';

/** Builds once if needed, then starts the production server (scripts/start.ts). */
export async function startServer(env: NodeJS.ProcessEnv, port: number): Promise<{ baseUrl: string; stop: () => void }> {
  ensureBuild(env);
  const child: ChildProcess = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { baseUrl, stop };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error('the server did not become healthy within 120 s');
}
