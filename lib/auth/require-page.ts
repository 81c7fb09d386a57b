import 'server-only';
import { headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import type { RequestActor } from './actor';
import { isOpenPagePath, pathHeader } from './open-paths';
import { can, type Permission } from './permissions';
import { requestActor } from './request-actor';

/** Who is looking at this page; one database check per render, shared by layout and page. */
export const currentActor = cache(async (): Promise<RequestActor | null> => requestActor(await headers()));

/**
 * Every page calls this first: a stranger is sent to sign in (and back afterwards), a role
 * without the permission gets the 403 page. The proxy's redirect is only a hint; this is the check.
 */
export async function requirePage(permission: Permission): Promise<RequestActor> {
  const actor = await currentActor();
  if (!actor) return redirectToSignIn();
  if (!can(actor.role, permission)) forbidden();
  return actor;
}

/**
 * For the root layout: a stranger on any page but the open ones is sent to sign in before
 * anything streams (a page behind a loading boundary would otherwise answer 200 first).
 */
export async function requireSignedInUnlessOpen(): Promise<RequestActor | null> {
  const actor = await currentActor();
  if (actor) return actor;
  const path = (await headers()).get(pathHeader);
  if (path !== null && !isOpenPagePath(new URL(path, 'http://x').pathname)) return redirectToSignIn();
  return null;
}

async function redirectToSignIn(): Promise<never> {
  const path = (await headers()).get(pathHeader) ?? '/';
  redirect(`/sign-in?next=${encodeURIComponent(path)}`);
}
