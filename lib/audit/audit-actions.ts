import { z } from 'zod';

// The closed set of things the audit log records. A new kind of change is added here first,
// so the log, its filters and the /audit page know it before anything can write it.

export const auditActionLabels = {
  'flow.create': 'Flow created',
  'flow.import': 'Flow imported',
  'flow.rename': 'Flow renamed',
  'flow.duplicate': 'Flow duplicated',
  'flow.delete': 'Flow deleted',
  'flow.edit': 'Draft edited',
  'flow.publish': 'Flow published',
  'flow.restore': 'Version restored',
  'flow.test_create': 'Test case added',
  'flow.test_update': 'Test case edited',
  'flow.test_delete': 'Test case deleted',
  'prompt.upload': 'Recording uploaded',
  'prompt.rename': 'Recording renamed',
  'prompt.delete': 'Recording deleted',
  'number.route': 'Number routed',
  'number.unroute': 'Number unrouted',
  'call.launch': 'Outbound call launched',
  'campaign.create': 'Campaign created',
  'campaign.import': 'Campaign contacts imported',
  'campaign.run': 'Campaign started',
  'campaign.pause': 'Campaign paused',
  'campaign.resume': 'Campaign resumed',
  'campaign.cancel': 'Campaign cancelled',
  'dnc.add': 'Added to do-not-call list',
  'dnc.import': 'Do-not-call list imported',
  'dnc.opt_out': 'Caller opted out',
  'dnc.remove': 'Removed from do-not-call list',
  'settings.voice_save': '8x8 credentials saved',
  'settings.voice_remove': '8x8 credentials removed',
  'settings.webhooks_register': 'Webhooks registered',
  'settings.webhook_remove': 'Webhook removed',
  'settings.data_dip_secret_save': 'Data dip secret saved',
  'settings.data_dip_secret_remove': 'Data dip secret removed',
  'settings.data_dip_hosts_save': 'Data dip allowed hosts saved',
  'user.invite': 'User invited',
  'user.invite_revoke': 'Invitation revoked',
  'user.join': 'Invitation accepted',
  'user.role': 'Role changed',
  'user.deactivate': 'User deactivated',
  'user.reactivate': 'User reactivated',
  'token.create': 'API token created',
  'token.revoke': 'API token revoked',
  'auth.sign_in': 'Signed in',
  'auth.sign_in_failed': 'Sign-in failed',
  'auth.sign_out': 'Signed out',
  'auth.password_change': 'Password changed',
  'auth.first_admin': 'First admin created',
} as const;

export type AuditAction = keyof typeof auditActionLabels;
export const auditActions = Object.keys(auditActionLabels) as [AuditAction, ...AuditAction[]];

/** The part before the dot: a filter on "flow" keeps every flow.* entry. */
export const auditAreaLabels = {
  flow: 'Flows',
  prompt: 'Prompt library',
  number: 'Numbers',
  call: 'Outbound calls',
  campaign: 'Campaigns',
  dnc: 'Do-not-call list',
  settings: 'Settings (8x8, data dips)',
  user: 'Users',
  token: 'API tokens',
  auth: 'Sign-in',
} as const;

export type AuditArea = keyof typeof auditAreaLabels;
export const auditAreas = Object.keys(auditAreaLabels) as [AuditArea, ...AuditArea[]];

export function areaOf(action: AuditAction): AuditArea {
  return action.slice(0, action.indexOf('.')) as AuditArea;
}

/** What an entry acted on. */
export const auditTargetTypes = ['flow', 'prompt', 'number', 'call', 'campaign', 'settings', 'webhook', 'user', 'invite', 'token'] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

export const auditActionSchema = z.enum(auditActions);
