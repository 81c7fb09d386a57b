import 'server-only';
import type { StepServices } from '@/lib/flow/step-services';

/** The I/O compile steps get on the webhook path. */
export const serverStepServices: StepServices = {
  fetch: (url, init) => fetch(url, init),
};
