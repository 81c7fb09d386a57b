// Who may do what: the one permission map. Route handlers (lib/http/route.ts) and pages
// (lib/auth/require-page.ts) check it on the server; the UI reads it only to show what a
// role cannot do as disabled, with the reason.

export const roles = ['viewer', 'editor', 'publisher', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Each permission names the least role that holds it; a role holds everything below it. */
const leastRole = {
  /** Campaigns: their progress, attempts and results export. */
  'campaigns.read': 'viewer',
  /** Flows read-only, versions, voices, the account's numbers, the prompt library (to listen and pick). */
  'flows.read': 'viewer',
  /** Live calls, call history, analytics. */
  'calls.read': 'viewer',
  /** The do-not-call list and its CSV export. */
  'dnc.read': 'viewer',
  /** Create, import, rename, duplicate flows and edit their drafts. */
  'flows.edit': 'editor',
  /** Test calls in the sandbox (the test phone, scripted calls). */
  'sandbox.use': 'editor',
  /** Add numbers to the do-not-call list, by hand or from a CSV: it only ever stops calls, so whoever takes a "don't call me" can honour it. */
  'dnc.add': 'editor',
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
  /** Create, run, pause, resume and cancel campaigns: they place calls, like a launch. */
  'campaigns.run': 'publisher',
  /** Remove numbers from the do-not-call list: it lets calls reach someone who asked not to be called, so it takes the role that launches them. */
  'dnc.remove': 'publisher',
  /** 8x8 credentials, webhook registration, data dip secrets and allowed hosts. */
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
  viewer: 'Reads flows, live calls, history, analytics, campaigns and the do-not-call list',
  editor: 'Also edits drafts, uploads recordings, makes test calls in the sandbox and adds numbers to the do-not-call list',
  publisher: 'Also publishes and restores versions, deletes recordings, routes numbers, launches outbound calls and campaigns and removes numbers from the do-not-call list',
  admin: 'Also manages users, API tokens, 8x8 setup, webhooks, data dip secrets and reads the audit log',
};
