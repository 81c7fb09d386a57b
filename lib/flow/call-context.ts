/** What the engine knows about the call while it walks the flow. */
export type CallContext = {
  /** The person in the IVR: the caller inbound, the callee outbound. */
  caller: string;
  /** Our side: the dialed virtual number inbound, the caller id outbound. */
  dialed: string;
  /** The digits of the latest capture, null when nothing was captured. */
  digits: string | null;
  /** Values set by Set variable nodes, kept on the session between replies. */
  vars: Record<string, string>;
  /** The time the webhook arrived (business hours are decided against it). */
  now: Date;
  /**
   * Where 8x8 reaches this app (APP_BASE_URL, no trailing slash): a Play file step's library
   * recording is played from `<publicBaseUrl>/prompts/<sha256>.<ext>`.
   */
  publicBaseUrl: string;
  /**
   * The voice for steps that leave theirs empty: the caller's (switched by a Set variable or a
   * Condition rule, {{vars._voice}}), else the flow's (its Start step). Set by the compiler.
   */
  voice?: string;
};
