import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server on 127.0.0.1 (a port the system picks) for data dip tests and the bench:
// it records what it received and answers with the handler's behaviour.

export type Received = { method: string; url: string; headers: IncomingMessage['headers']; body: string };

export type TestServer = {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  received: Received[];
  close: () => Promise<void>;
};

export async function startTestServer(handler: (request: IncomingMessage, response: ServerResponse, body: string) => void): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      handler(request, response, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
