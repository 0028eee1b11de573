/**
 * The CPU time this process has used, in milliseconds: what the bundle's own JavaScript costs
 * between service calls. CPU rather than wall time, so that a busy machine (other processes
 * taking the cores) does not make the script look slower than it is.
 */
export function cpuMs(): number {
  const {user, system} = process.cpuUsage();
  return (user + system) / 1000;
}
