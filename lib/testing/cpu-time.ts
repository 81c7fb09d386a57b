/**
 * Milliseconds of CPU this process spent running `work`. Unlike the wall clock it does
 * not count time spent waiting for a core, so a bound on it holds on a busy machine
 * (Vitest runs each test file in its own process).
 */
export function cpuMs(work: () => void): number {
  const before = process.cpuUsage();
  work();
  const spent = process.cpuUsage(before);
  return (spent.user + spent.system) / 1000;
}
