/**
 * The production server with a capped heap and the V8 inspector on a private loopback port,
 * so a benchmark or a test can ask for the live heap after a full garbage collection — from
 * outside, without any diagnostic code in the server itself.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import WebSocket from "ws";
import { freePort, waitFor } from "./next-server";

const root = join(import.meta.dirname, "..", "..");

export interface ProbedServer {
  base: string;
  /** The server's process id (for its CPU time in /proc). */
  pid: number;
  /** Bytes of live heap after a full GC (V8's usedSize). */
  liveHeap(): Promise<number>;
  /** Whether the process is still running (a heap-out-of-memory crash ends it). */
  alive(): boolean;
  /** What the server printed on stderr (its crash message, if any). */
  stderr(): string;
  /** Writes a heap snapshot of the server to `path`. */
  snapshot(path: string): Promise<void>;
  stop(): void;
}

export async function startProbedServer(heapMb: number, env: NodeJS.ProcessEnv = process.env): Promise<ProbedServer> {
  const [port, inspectPort] = [await freePort(), await freePort()];
  const proc = spawn(
    process.execPath,
    [
      `--max-old-space-size=${heapMb}`,
      `--inspect=127.0.0.1:${inspectPort}`,
      "server.mjs",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    { cwd: root, env, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  proc.stderr.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill("SIGKILL");
  };
  try {
    await waitFor(`${base}/api/v1/themes`, 180); // with the inspector on and a capped heap, start-up is slower
  } catch (err) {
    stop();
    throw err;
  }
  const targets = (await (await fetch(`http://127.0.0.1:${inspectPort}/json/list`)).json()) as Array<{
    webSocketDebuggerUrl: string;
  }>;
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("error", reject);
  });
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  socket.on("message", (data) => {
    const message = JSON.parse(data.toString()) as { id?: number; result?: unknown };
    if (message.id !== undefined) pending.get(message.id)?.(message.result);
  });
  const call = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      socket.send(JSON.stringify({ id, method, params }));
    });
  return {
    base,
    pid: proc.pid!,
    async liveHeap() {
      // Twice: the first full GC can leave finalisable objects for the second.
      await call("HeapProfiler.collectGarbage");
      await call("HeapProfiler.collectGarbage");
      const usage = (await call("Runtime.getHeapUsage")) as { usedSize: number };
      return usage.usedSize;
    },
    async snapshot(path: string) {
      // Written by the server itself (v8.writeHeapSnapshot), for a diff in Chrome DevTools.
      const expression = `process.getBuiltinModule("v8").writeHeapSnapshot(${JSON.stringify(path)})`;
      await call("Runtime.evaluate", { expression });
    },
    alive: () => proc.exitCode === null && proc.signalCode === null,
    stderr: () => stderr,
    stop() {
      socket.close();
      stop();
    },
  };
}

/** A request not answered within this long counts as a timeout (wrk's --timeout in bench:load is 5 s). */
export const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Requests every URL once, `concurrency` at a time, redirects not followed; counts answers by status class,
 * timeouts (no answer within `timeoutMs`, REQUEST_TIMEOUT_MS by default) and other transport errors (a crashed
 * server shows up as errors).
 */
export async function requestAll(
  urls: string[],
  concurrency: number,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<{ statuses: Record<string, number>; errors: number; timeouts: number }> {
  const statuses: Record<string, number> = {};
  let errors = 0;
  let timeouts = 0;
  let index = 0;
  async function worker() {
    while (index < urls.length) {
      const url = urls[index++];
      try {
        const res = await fetch(url, {
          redirect: "manual",
          headers: { "accept-encoding": "br, gzip" },
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.arrayBuffer();
        const key = `${String(res.status)[0]}xx`;
        statuses[key] = (statuses[key] ?? 0) + 1;
      } catch (err) {
        if (err instanceof DOMException && err.name === "TimeoutError") timeouts++;
        else errors++;
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { statuses, errors, timeouts };
}
