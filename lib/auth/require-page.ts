import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { RequestActor } from './actor';
import { can, type Permission } from './permissions';
import { requestActor } from './request-actor';

/** The path proxy.ts saw, so a page can send a stranger to sign in and back. */
export const pathHeader = 'x-ivr-path';

/** Who is looking at this page; one database check per render, shared by layout and page. */
export const currentActor = cache(async (): Promise<RequestActor | null> => requestActor(await headers()));

/**
 * Every page calls this first: a stranger is sent to sign in (and back afterwards), a role
 * without the permission gets the 403 page. The proxy's redirect is only a hint; this is the check.
 */
export async function requirePage(permission: Permission): Promise<RequestActor> {
  const actor = await currentActor();
  if (!actor) {
    const path = (await headers()).get(pathHeader) ?? '/';
    redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  }
  if (!can(actor.role, permission)) forbidden();
  return actor;
}
