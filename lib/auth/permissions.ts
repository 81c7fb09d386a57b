// Who may do what: the one permission map. Route handlers (lib/http/route.ts) and pages
// (lib/auth/require-page.ts) check it on the server; the UI reads it only to show what a
// role cannot do as disabled, with the reason.

export const roles = ['viewer', 'editor', 'publisher', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Each permission names the least role that holds it; a role holds everything below it. */
const leastRole = {
  /** Flows read-only, versions, voices, the account's numbers, the prompt library (to listen and pick). */
  'flows.read': 'viewer',
  /** Live calls, call history, analytics. */
  'calls.read': 'viewer',
  /** Create, import, rename, duplicate flows and edit their drafts. */
  'flows.edit': 'editor',
  /** Test calls in the sandbox (the test phone, scripted calls). */
  'sandbox.use': 'editor',
  /** Upload and rename recordings in the prompt library: adds audio, never changes what a call plays. */
  'prompts.edit': 'editor',
  /** Publish, restore a version, delete a flow. */
  'flows.publish': 'publisher',
  /**
   * Delete a recording: its bytes are gone for good and drafts that play it break, like
   * deleting a flow. Refused anyway while a published version plays it.
   */
  'prompts.delete': 'publisher',
  /** Route and unroute numbers. */
  'numbers.route': 'publisher',
  /** Launch outbound calls. */
  'calls.launch': 'publisher',
  /** 8x8 credentials and webhook registration. */
  'settings.manage': 'admin',
  /** Users, roles and invitations. */
  'users.manage': 'admin',
  /** API tokens. */
  'tokens.manage': 'admin',
  /** The audit log. */
  'audit.read': 'admin',
} as const satisfies Record<string, Role>;

export type Permission = keyof typeof leastRole;
export const permissions = Object.keys(leastRole) as Permission[];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  return roles.indexOf(role) >= roles.indexOf(leastRole[permission]);
}

export function requiredRole(permission: Permission): Role {
  return leastRole[permission];
}

const roleNames: Record<Role, string> = { viewer: 'Viewer', editor: 'Editor', publisher: 'Publisher', admin: 'Admin' };

export function roleName(role: Role): string {
  return roleNames[role];
}

/** Why a role cannot do something, in words a person reads beside a disabled button. */
export function deniedReason(permission: Permission): string {
  const needed = leastRole[permission];
  return `Needs the ${roleNames[needed]} role${needed === 'admin' ? '' : ' or higher'}`;
}

export const roleDescriptions: Record<Role, string> = {
  viewer: 'Reads flows, live calls, history and analytics',
  editor: 'Also edits drafts, uploads recordings and makes test calls in the sandbox',
  publisher: 'Also publishes and restores versions, deletes recordings, routes numbers and launches outbound calls',
  admin: 'Also manages users, API tokens, 8x8 setup, webhooks and reads the audit log',
};
