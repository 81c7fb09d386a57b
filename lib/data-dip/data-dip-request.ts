// The HTTP request step ("data dip"): what is sent, and the limits that keep a webhook reply
// fast and the stored events small. Pure: shared by the flow's node and the server's runner.

export const dataDipMethods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type DataDipMethod = (typeof dataDipMethods)[number];

export const dataDipLimits = {
  /** 8x8 does not publish how long it waits for a webhook reply (Twilio's limit is 10 s). */
  defaultTimeoutMs: 3000,
  maxTimeoutMs: 8000,
  defaultResponseBytes: 64 * 1024,
  maxResponseBytes: 1024 * 1024,
  /** What an event keeps of a response. */
  storedResponseChars: 2000,
  maxRedirects: 3,
  /** A filled-in URL longer than this is refused before sending. */
  urlChars: 8192,
} as const;

/** A secret as a request carries it: the name is what stored text shows in its place. */
export type NamedSecret = { name: string; value: string };

/** A filled-in request. It holds secrets' values: server memory only, never stored or sent to a browser. */
export type DataDipRequest = {
  method: DataDipMethod;
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** The secrets filled in: redacted from all that is stored, and kept from other origins on a redirect. */
  secrets?: {
    values: readonly NamedSecret[];
    /** Headers whose value holds a secret (dropped on a cross-origin redirect). */
    headerNames: readonly string[];
    /** The body holds a secret: a redirect that would resend it to another origin fails instead. */
    inBody: boolean;
  };
};

const headerToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,100}$/;

/** Set by the HTTP client from the request itself; a flow setting them could smuggle requests. */
const reservedHeaders = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'te', 'trailer', 'expect']);

/** Why a header name cannot be used, or null. */
export function headerNameProblem(name: string): string | null {
  if (!headerToken.test(name)) return `"${name.slice(0, 100)}" is not a header name: use letters, digits and - (e.g. X-Api-Key)`;
  const lower = name.toLowerCase();
  if (reservedHeaders.has(lower) || lower.startsWith('proxy-')) return `${name} is set by the HTTP client itself`;
  return null;
}

/** Header names that carry credentials whatever their value: never sent on to another origin. */
export const credentialHeaders: ReadonlySet<string> = new Set(['authorization', 'cookie', 'proxy-authorization']);
