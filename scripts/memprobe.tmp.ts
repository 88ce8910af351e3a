import { startProbedServer, requestAll } from "../scripts/lib/heap-probe";
import { uniqueUrls } from "../bench/lib/unique-urls";
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
const s = await startProbedServer(192);
const all = uniqueUrls(s.base, 15 * 300).map((u) => u.replace("unknown", "warm"));
await requestAll(all, 16);
let prev = await s.liveHeap();
console.log("after warm", mb(prev));
const urls = uniqueUrls(s.base, 15 * 1500);
for (let t = 0; t < 15; t++) {
  const mine = urls.filter((_, i) => i % 15 === t);
  await requestAll(mine, 16);
  const h = await s.liveHeap();
  console.log(t, mine[0].replace(s.base, ""), mb(h), "delta", mb(h - prev));
  prev = h;
}
s.stop();
