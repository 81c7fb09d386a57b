import 'server-only';
import { z } from 'zod';
import { db } from '@/lib/db';
import { AppError } from '@/lib/http/app-error';
import { isE164, normalizePhoneNumber } from '@/lib/phone-number';

export const numberParam = z
  .string()
  .refine(isE164, 'number must be a phone number in E.164 format, e.g. +6568332048')
  .transform(normalizePhoneNumber);

/** Stops routing a number: calls to it then hear the unknown-number apology. */
export async function unrouteNumber(number: string): Promise<void> {
  const removed = await db.phoneNumber.deleteMany({ where: { number } });
  if (removed.count === 0) throw new AppError('not_found', `${number} is not routed to any flow`);
}
