// The production HTTP server: Next's request handler behind a thin front that decides which
// forwarding headers to believe. Plain JavaScript, run with node, so `npm start` serves
// what `next start` would, plus:
// - the client's address in X-Client-IP: the socket's, or with TRUST_PROXY=1 the nearest
//   address the proxy appended to X-Forwarded-For — never a value a client typed;
// - X-Forwarded-Host/-Proto dropped unless TRUST_PROXY=1, so no request can name the
//   origin the app believes it was reached at;
// - Content-Length on the prompt library's files (/prompts/…): Next drops it from every route
//   handler's response, so those declare it as X-Declared-Content-Length (lib/http/immutable-file.ts)
//   and it is restored here — a HEAD then tells the size, and a GET is not chunked.
import { createServer } from 'node:http';
import next from 'next';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? '0.0.0.0';
const trustProxy = ['1', 'true'].includes(process.env.TRUST_PROXY ?? '0');
const forwarded = ['x-forwarded-host', 'x-forwarded-proto', 'x-forwarded-port', 'x-forwarded-for', 'forwarded'];
const declaredLength = 'x-declared-content-length';

const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
await app.prepare();

createServer((request, response) => {
  const proxied = trustProxy ? lastForwardedFor(request.headers['x-forwarded-for']) : undefined;
  if (!trustProxy) for (const name of forwarded) delete request.headers[name];
  request.headers['x-client-ip'] = proxied ?? request.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '';
  if (request.url?.startsWith('/prompts/')) restoreContentLength(response);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  });
})
  .on('error', (error) => {
    console.error(error);
    process.exit(1);
  })
  .listen(port, hostname, () => {
    console.log(`▲ Ready on http://${hostname === '0.0.0.0' ? 'localhost' : hostname}:${port}`);
    // The first health check opens the webhook journal, which replays whatever a crash or a
    // restart during a database outage left in it — without waiting for the next webhook.
    const local = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
    fetch(`http://${local.includes(':') ? `[${local}]` : local}:${port}/api/health`).catch((error) => console.warn(`[outage] startup health check failed: ${error}`));
  });

/** Turns the file route's declared length into the Content-Length header Next would drop. */
function restoreContentLength(response) {
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) => setHeader(String(name).toLowerCase() === declaredLength ? 'content-length' : name, value);
}

/** The address the nearest proxy saw (the last entry it appended). */
function lastForwardedFor(header) {
  const value = Array.isArray(header) ? header.join(',') : header;
  const last = value?.split(',').map((part) => part.trim()).filter(Boolean).at(-1);
  return last || undefined;
}
