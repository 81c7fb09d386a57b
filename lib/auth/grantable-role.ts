import { roles, type Role } from './permissions';

/** Nobody hands out more than they hold: an invitation, a role change or a token carries at most the giver's role. */
export function canGrant(giver: Role, role: Role): boolean {
  return roles.indexOf(role) <= roles.indexOf(giver);
}
