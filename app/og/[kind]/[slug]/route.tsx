import { catalogue } from "@/lib/data";
import { CITABLE_KINDS, type CitableKind } from "@/lib/domain/entry-path";
import { isSlug } from "@/lib/domain/slug";
import { formatShare } from "@/lib/domain/share";
import { themeColor } from "@/lib/domain/palette";
import { ogImage } from "@/lib/og";

export const dynamic = "force-dynamic";

/** Preview card of a topic, theme or phase page. */
export async function GET(_request: Request, ctx: { params: Promise<{ kind: string; slug: string }> }) {
  const { kind: rawKind, slug } = await ctx.params;
  const kind = CITABLE_KINDS.find((k): k is CitableKind => k === rawKind);
  const reader = catalogue();
  if (!kind || !isSlug(slug))
    return new Response("No such preview.\n", { status: 404, headers: { "Content-Type": "text/plain" } });
  const version = await reader.datasetVersion();
  let kicker = "";
  let title = "";
  let figure = "";
  let share = 0;
  let color = "#0072B2";
  let detail = "";
  if (kind === "topic") {
    const t = await reader.topic(slug);
    if (!t) return new Response("No such topic.\n", { status: 404 });
    const theme = (await reader.themes()).find((x) => x.slug === t.theme)!;
    [kicker, title, figure, share, color] = [
      `Topic · ${t.themeName}`,
      t.name,
      `${t.videoCount} videos · ${formatShare(t.share)}`,
      t.share,
      themeColor(theme.position),
    ];
    detail = `${t.quotes.length} practitioner quotes · ${t.pairs.length} reported co-occurrences`;
  } else if (kind === "theme") {
    const t = await reader.theme(slug);
    if (!t) return new Response("No such theme.\n", { status: 404 });
    [kicker, title, figure, share, color] = [
      "Theme",
      t.name,
      `${t.videoCount} videos · ${formatShare(t.share)}`,
      t.share,
      themeColor(t.position),
    ];
    detail = t.topicSummaries.map((x) => x.name).join(" · ");
  } else {
    const p = await reader.phase(slug);
    if (!p) return new Response("No such phase.\n", { status: 404 });
    [kicker, title, figure] = [`Lifecycle phase ${p.position} of 6`, p.name, `${p.topics.length} practitioner topics`];
    detail = "Rao et al., arXiv 2506.23762";
  }
  return ogImage(
    <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", width: "100%" }}>
      <div style={{ fontSize: 30, color: "#475569", textTransform: "uppercase", letterSpacing: 2 }}>{kicker}</div>
      <div style={{ fontSize: 84, fontWeight: 700, marginTop: 12, lineHeight: 1.05 }}>{title}</div>
      <div style={{ fontSize: 52, marginTop: 28, fontWeight: 700, color }}>{figure}</div>
      {share > 0 && (
        <div style={{ display: "flex", width: 800, height: 18, background: "#e2e8f0", borderRadius: 9, marginTop: 18 }}>
          <div style={{ width: `${share}%`, height: 18, background: color, borderRadius: 9 }} />
        </div>
      )}
      <div style={{ fontSize: 26, color: "#475569", marginTop: 28 }}>{detail}</div>
    </div>,
    `Mailach et al., arXiv 2411.08574 · dataset v${version.version}`,
  );
}
