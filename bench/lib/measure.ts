/** One autocannon run, reduced to what the load benchmarks print. */
import { benchTools } from "./tools";

benchTools("autocannon");
const { default: autocannon } = await import("autocannon");

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function measure(url: string, connections: number, seconds: number): Promise<LoadResult> {
  const r = await autocannon({ url, connections, duration: seconds });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts + r.non2xx };
}

/** A short unmeasured run first: the server's first requests load and compile its modules. */
export async function warmUp(url: string): Promise<void> {
  await autocannon({ url, connections: 10, duration: 2 });
}
