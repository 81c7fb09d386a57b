/** Thrown into a running call when it must stop (the caller hung up, the platform ended it). */
export class CallStopped extends Error {
  override name = 'CallStopped';
}

/** Waits `ms`, or rejects with CallStopped as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(new CallStopped('stopped'));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new CallStopped('stopped'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
