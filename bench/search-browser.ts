/**
 * Runs in headless chromium (bundled by bench/search.ts): a search field whose results are
 * searched and drawn on every keystroke — with the product's index (lib/domain/search) or with
 * the baseline, a plain lower-case substring scan over the same records. Each keystroke's time
 * runs from the keydown event to the results laid out in the DOM.
 */
import { groupHits, loadSearchIndex, type SearchIndex } from "../lib/domain/search/engine";
import { highlight } from "../lib/domain/search/highlight";
import { queryTerms } from "../lib/domain/search/query";
import type { SearchDocument } from "../lib/domain/search/documents";

const LIMIT = 12;
const w = window as unknown as Record<string, unknown>;
let index: SearchIndex | null = null;
let records: Array<SearchDocument & { text: string }> = [];
let mode: "index" | "baseline" = "index";
let keydownAt = 0;
let times: number[] = [];

const input = document.getElementById("q") as HTMLInputElement;
const list = document.getElementById("results")!;

function row(title: string, detail: string, terms: string[], words: string[]) {
  const li = document.createElement("li");
  const t = document.createElement("div");
  for (const s of highlight(title, terms, words)) {
    const el = document.createElement(s.match ? "mark" : "span");
    el.textContent = s.text;
    t.append(el);
  }
  const d = document.createElement("div");
  d.textContent = detail;
  li.append(t, d);
  return li;
}

input.addEventListener("keydown", (e) => {
  keydownAt = e.timeStamp;
});
input.addEventListener("input", () => {
  const q = input.value.trim();
  list.textContent = "";
  if (!q) return;
  if (mode === "index") {
    const words = queryTerms(q);
    for (const g of groupHits(index!.search(q, { limit: LIMIT })))
      for (const h of g.hits) list.append(row(h.title, h.excerpt ?? h.detail, h.terms, words));
  } else {
    const needle = q.toLowerCase();
    let n = 0;
    for (const r of records) {
      if (!r.text.includes(needle)) continue;
      list.append(row(r.name || r.detail, r.detail, [], [needle]));
      if (++n === LIMIT) break;
    }
  }
  list.getBoundingClientRect();
  void document.body.offsetHeight; // layout done
  times.push(performance.now() - keydownAt);
});

w.benchSetup = (serialised: unknown, docs: SearchDocument[], m: "index" | "baseline") => {
  mode = m;
  const t0 = performance.now();
  if (m === "index") index = loadSearchIndex(serialised);
  else
    records = docs.map((d) => ({
      ...d,
      text: `${d.name} ${d.keywords} ${d.summary} ${d.quote} ${d.detail}`.toLowerCase(),
    }));
  times = [];
  return performance.now() - t0;
};
w.benchTimes = () => times;
w.benchReset = () => {
  times = [];
};
