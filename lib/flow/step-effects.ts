/**
 * A change outside the reply that a step asks for. The engine only describes it: the webhook
 * handler applies it once the reply's move is stored (a duplicate or stale callback applies
 * nothing), and journals it with the event while the database is down.
 */
export type StepEffect =
  /** Add the caller's number to the account's do-not-call list (the Opt out step). */
  { kind: 'optOut'; number: string };
