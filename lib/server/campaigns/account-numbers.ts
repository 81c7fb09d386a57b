import 'server-only';
import { listAccountNumbers } from '@/lib/server/voice/list-account-numbers';

/** The caller ids a campaign may use: the account's numbers, E.164. */
export async function accountNumbers(): Promise<string[]> {
  return (await listAccountNumbers()).numbers.map((n) => n.number);
}
