import { describe, expect, it } from "vitest";
import { parseFlightRows, reachableRows, referencePath } from "@/server/flight-rows.mjs";
import { dropStaticMarkupChildren, dropStaticMarkupPayload } from "@/server/static-markup.mjs";
import { encodeChunk } from "@/server/inline-payload.mjs";

/** A Flight payload from rows (each JSON-encoded unless it is a string already: I, T and hint rows). */
const flight = (rows: Array<[string, unknown]>) =>
  rows.map(([id, v]) => (typeof v === "string" ? `${id}:${v}` : `${id}:${JSON.stringify(v)}\n`)).join("");
const el = (type: string, props: Record<string, unknown>) => ["$", type, null, props];

const clients: Array<[string, unknown]> = [
  ["1", 'I[101,[],"StaticMarkup"]\n'],
  ["2", 'I[102,[],"IntentLink"]\n'],
  ["3", 'I[103,[],"CopyButton"]\n'],
];
const quote = "“Verbatim” — V3 said ‘RAG’ 🙂"; // multi-byte: a text row's length is in UTF-8 bytes

describe("Flight rows", () => {
  it("reads JSON, client component, hint and text rows (text rows by UTF-8 length), written back as read", () => {
    const payload = flight([
      ["0", ["$L4"]],
      ...clients,
      ["", 'HL["/font.woff2","font"]\n'],
      ["5", `T${Buffer.byteLength(quote).toString(16)},${quote}`],
      ["4", el("p", { children: "$5" })],
    ]);
    const rows = parseFlightRows(payload)!;
    expect(rows.map((r) => `${r.id}:${r.tag}`)).toEqual(["0:json", "1:I", "2:I", "3:I", ":HL", "5:T", "4:json"]);
    expect(rows.map((r) => r.text).join("")).toBe(payload);
    expect(rows.find((r) => r.id === "5")!.text).toBe(`5:T${Buffer.byteLength(quote).toString(16)},${quote}`);
  });

  it("does not read a payload whose text row is longer than the payload, or which is not rows", () => {
    expect(parseFlightRows("0:T40,short")).toBeNull();
    expect(parseFlightRows("not a row\n")).toBeNull();
  });

  it("keeps the rows the root reaches and every hint, and drops the rest", () => {
    const rows = parseFlightRows(
      flight([["0", ["$L4", "$2"]], ...clients, ["", "HL[]\n"], ["4", ["x"]], ["9", ["y"]]]),
    )!;
    expect(reachableRows(rows).map((r) => r.id)).toEqual(["0", "2", "", "4"]);
  });

  it("reads a reference's row and path", () => {
    expect(referencePath("$13:props:picks")).toEqual({ id: "13", path: ["props", "picks"] });
    expect(referencePath("$L2b")).toEqual({ id: "2b", path: [] });
    expect(referencePath("$undefined")).toBeNull();
    expect(referencePath("$Sreact.fragment")).toBeNull();
  });
});

describe("StaticMarkup's children are sent once", () => {
  const page = (body: unknown, extra: Array<[string, unknown]> = []) =>
    flight([["0", { c: ["", ""], f: [[body]] }], ...clients, ...extra]);

  it("drops a StaticMarkup's children and the rows only they used; links may be in it", () => {
    const payload = page(
      el("div", {
        children: [
          el("$L1", {
            className: "min-w-0",
            children: [el("p", { children: quote }), el("$L2", { href: "/topics/agents", children: "Agents" }), "$L7"],
          }),
          el("$L3", { text: "copy me" }),
        ],
      }),
      [
        ["7", el("blockquote", { children: "$8" })],
        ["8", `T${Buffer.byteLength(quote).toString(16)},${quote}`],
      ],
    );
    const result = dropStaticMarkupChildren(payload)!;
    expect(result).toMatchObject({ stripped: 1, kept: [] });
    expect(result.payload).not.toContain(quote);
    expect(result.payload).not.toContain("Agents");
    const rows = parseFlightRows(result.payload)!;
    // The StaticMarkup keeps its other props; the rows 7 and 8 and IntentLink's row (used only inside) are gone.
    expect(rows.map((r) => r.id)).toEqual(["0", "1", "3"]);
    expect(result.payload).toContain('["$","$L1",null,{"className":"min-w-0"}]');
    expect(result.payload).toContain('["$","$L3",null,{"text":"copy me"}]');
  });

  it("keeps one that holds an interactive client component, and says so", () => {
    const payload = page(el("$L1", { children: [el("p", { children: "x" }), el("$L3", { text: "copy" })] }));
    const result = dropStaticMarkupChildren(payload)!;
    expect(result).toEqual({ payload, stripped: 0, kept: ["holds CopyButton"] });
  });

  it("keeps one inside a client component, which may mount it again later (through a row, too)", () => {
    const payload = page(el("$L3", { fallback: "$L7" }), [["7", el("$L1", { children: el("p", { children: "x" }) })]]);
    expect(dropStaticMarkupChildren(payload)).toEqual({ payload, stripped: 0, kept: ["inside CopyButton"] });
  });

  it("says it holds an interactive component even inside a client component, so the build still refuses it", () => {
    const payload = page(el("$L3", { fallback: el("$L1", { children: el("$L3", { text: "copy" }) }) }));
    expect(dropStaticMarkupChildren(payload)).toEqual({ payload, stripped: 0, kept: ["holds CopyButton"] });
  });

  it("keeps one whose children a reference points into by path, and drops the others", () => {
    const shared = { rows: ["a", "b"] };
    const payload = page(
      el("div", {
        children: [
          el("$L1", { children: el("table", { data: shared }) }),
          el("$L1", { children: el("p", { children: "only text" }) }),
          el("$L3", { data: "$9:props:children:0:props:children:props:data" }),
        ],
      }),
      [["9", el("div", { children: [el("$L1", { children: el("table", { data: shared }) })] })]],
    );
    // Row 9's StaticMarkup is rendered (the root reaches it) and CopyButton's props point into its children.
    const result = dropStaticMarkupChildren(payload.replace('"f":[[', '"f":["$L9",['))!;
    expect(result.stripped).toBe(2);
    expect(result.kept).toEqual(["pointed into"]);
    expect(result.payload).not.toContain("only text");
    expect(result.payload).toContain('9:["$","div",null,{"children":[["$","$L1",null,{"children":["$","table"');
  });

  it("leaves a payload without StaticMarkup, or one done already, as it is", () => {
    const none = flight([
      ["0", el("p", { children: "x" })],
      ["2", 'I[102,[],"IntentLink"]\n'],
    ]);
    expect(dropStaticMarkupChildren(none)).toEqual({ payload: none, stripped: 0, kept: [] });
    const once = dropStaticMarkupChildren(page(el("$L1", { children: "text" })))!.payload;
    expect(dropStaticMarkupChildren(once)).toEqual({ payload: once, stripped: 0, kept: [] });
  });

  it("rewrites a page's inline payload as one script where the first was, escaped as Next.js escapes it", () => {
    const payload = page(el("$L1", { children: el("p", { children: "</script><b>" }) }));
    const half = Math.floor(payload.length / 2);
    const script = (text: string) => `<script>self.__next_f.push([1,${encodeChunk(text)}])</script>`;
    const html =
      `<html><body><p>&lt;/script&gt;</p><script>(self.__next_f=self.__next_f||[]).push([0])</script>` +
      `${script(payload.slice(0, half))}<div>between</div>${script(payload.slice(half))}</body></html>`;
    const result = dropStaticMarkupPayload(html);
    expect(result.stripped).toBe(1);
    expect(result.html.match(/self\.__next_f\.push\(\[1,/g)).toHaveLength(1);
    expect(result.html).toContain("<div>between</div></body>");
    expect(result.html).not.toContain("\\u003c/script\\u003e");
    expect(result.html).toContain(script(dropStaticMarkupChildren(payload)!.payload));
  });
});
