import { sessionStatusMeaning } from '@/lib/eightbyeight/status-codes';
import type { Outcome } from './analytics-query';

// How the outcome mix names each status: 8x8's final statuses with their meanings,
// plus our own for live calls, refused launches and sessions that ended without a summary.

const ownMeanings: Record<string, string> = {
  IN_PROGRESS: 'The call is still in progress.',
  NOT_CREATED: '8x8 refused to create the call; see the error code for why.',
  ENDED: 'The call ended without a session summary from 8x8.',
};

export function outcomeOf(status: string, count: number): Outcome {
  const label = status === 'IN_PROGRESS' ? 'in progress' : status.toLowerCase().replaceAll('_', ' ');
  return { status, label, meaning: ownMeanings[status] ?? sessionStatusMeaning(status), count };
}
