// A first-come, first-served queue per key, within this process. The campaign engine runs many
// dial jobs at once; if each asked the database for its pace slot, dozens would poll the same
// campaign row and queue on its lock every slot. Through this, one job per campaign and server
// asks at a time and the others wait here, at no cost to the database.

const tails = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier `work` of the same key has settled; the key is forgotten once idle. */
export function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve();
  const result = before.then(work, work);
  const tail = result.catch(() => undefined);
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return result;
}

/** Keys with work queued or running (for tests). */
export function busyKeys(): number {
  return tails.size;
}
