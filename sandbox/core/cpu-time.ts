/**
 * How long the bundle's own JavaScript ran between two moments, in milliseconds. The main
 * thread's CPU time is what is wanted; Node 20 measures neither it alone nor it exactly, but two
 * bounds: wall time (over it when other processes take the cores) and the process's CPU time
 * (over it when the garbage collector's and compiler's threads work alongside). The smaller of
 * the two is the tighter bound.
 */
export interface CpuMark {
  readonly wallMs: number;
  readonly cpuMs: number;
}

function processCpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}

export function cpuMark(): CpuMark {
  return {wallMs: performance.now(), cpuMs: processCpuMs()};
}

export function cpuMsSince(mark: CpuMark): number {
  return Math.min(performance.now() - mark.wallMs, processCpuMs() - mark.cpuMs);
}
