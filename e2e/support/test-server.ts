// Where the server under test listens and the webhook token it enforces.
const port = Number(process.env.E2E_PORT ?? 3210);

export const testServer = {
  port,
  baseUrl: `http://127.0.0.1:${port}`,
  webhookToken: 'e2e-webhook-token',
};
