import type { Role } from './permissions';

/** Who is asking: a signed-in person or an API token, with the role that decides what they may do. */
export type Actor =
  | { type: 'user'; id: string; label: string; name: string; role: Role }
  | { type: 'token'; id: string; label: string; role: Role };

/** An actor as a request presents it: how it authenticated and from which address. */
export type RequestActor = Actor & { via: 'cookie' | 'bearer'; ip: string | null };

/** The header the server in front of Next sets to the client's address (scripts/server.mjs). */
export const clientIpHeader = 'x-client-ip';
