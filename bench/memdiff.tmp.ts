import { startProbedServer, requestAll } from "../scripts/lib/heap-probe";
import { uniqueUrls } from "./lib/unique-urls";
const N = Number(process.env.N ?? 20000);
const s = await startProbedServer(192);
try {
  console.log("start", ((await s.liveHeap()) / 2 ** 20).toFixed(1));
  await s.snapshot("/tmp/dbg/h0.heapsnapshot");
  for (let pass = 0; pass < 2; pass++) {
    await requestAll(uniqueUrls(s.base, N, pass * N), 16);
    console.log("pass", pass + 1, ((await s.liveHeap()) / 2 ** 20).toFixed(1));
    await s.snapshot(`/tmp/dbg/h${pass + 1}.heapsnapshot`);
  }
} finally {
  s.stop();
}
