import { CallStopped } from './sleep';

/**
 * The keys the far end presses while a sayAndCapture listens. Keys pressed during the
 * prompt wait in the buffer (8x8 lets callers type ahead); `reset` starts a new entry
 * and drops whatever was left of the last one.
 */
export class Keypad {
  private buffer: string[] = [];
  private waiter: ((key: string | null) => void) | null = null;
  /** Changes on every reset, so a typist still typing the last entry can tell. */
  generation = 0;

  reset(): void {
    this.buffer = [];
    this.generation += 1;
  }

  press(key: string): void {
    if (this.waiter) {
      const wake = this.waiter;
      this.waiter = null;
      wake(key);
    } else {
      this.buffer.push(key);
    }
  }

  /** The next key, or null when none comes within `timeoutMs`. */
  next(timeoutMs: number, signal: AbortSignal): Promise<string | null> {
    const buffered = this.buffer.shift();
    if (buffered !== undefined) return Promise.resolve(buffered);
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(new CallStopped('stopped'));
      const finish = (key: string | null) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        this.waiter = null;
        resolve(key);
      };
      const onAbort = () => {
        clearTimeout(timer);
        this.waiter = null;
        reject(new CallStopped('stopped'));
      };
      const timer = setTimeout(() => finish(null), Math.max(0, timeoutMs));
      this.waiter = finish;
      signal.addEventListener('abort', onAbort, { once: true });
    });
  }
}
