import { catalogue } from "@/lib/data";
import { layoutTreemap, zoomLayout } from "@/lib/domain/treemap/layout";
import { parseTreemapState } from "@/lib/domain/treemap/url";
import { textColorOn } from "@/lib/domain/color";
import { treemapColorInput, treemapTopicFill } from "@/lib/domain/chart-scheme";
import { fitText } from "@/lib/domain/label-fit";
import { ogImage } from "@/lib/og";

export const dynamic = "force-dynamic";

/** Preview of the treemap exactly as the link shows it: zoom, selection and colour mode. */
export async function GET(request: Request) {
  const reader = catalogue();
  const [themes, topics, phases, version] = await Promise.all([
    reader.themes(),
    reader.topics(),
    reader.phases(),
    reader.datasetVersion(),
  ]);
  const { state } = parseTreemapState(new URL(request.url).searchParams, { themes, topics });
  const W = 1088;
  const H = 440;
  const layout = zoomLayout(layoutTreemap(themes, topics, W, H), state.zoom);
  const colorInput = treemapColorInput(themes, phases, topics);
  const fill = (slug: string, theme: string) => treemapTopicFill(state.color, { slug, theme }, colorInput);
  // A figure is shown whole or not at all: never "1…" for 11.
  const figure = (count: number, room: number) =>
    [`${count} videos`, String(count)].find((f) => fitText(f, room, 18) === f) ?? "";
  const zoomed = themes.find((t) => t.slug === state.zoom);
  const selected = topics.find((t) => t.slug === state.topic);
  const visible = layout.topics.filter((t) => !state.zoom || t.theme === state.zoom);
  return ogImage(
    <div style={{ display: "flex", flexDirection: "column", width: "100%" }}>
      <div style={{ fontSize: 40, fontWeight: 700 }}>
        {selected
          ? `${selected.name}: ${selected.videoCount} videos, ${selected.share.toFixed(1)}%`
          : zoomed
            ? zoomed.name
            : "What practitioners discuss about LLMs in production"}
      </div>
      <div style={{ display: "flex", position: "relative", width: W, height: H, marginTop: 20 }}>
        {visible.map((t) => {
          const w = t.x1 - t.x0;
          const h = t.y1 - t.y0;
          const bg = fill(t.slug, t.theme);
          const isSel = t.slug === state.topic;
          return (
            <div
              key={t.slug}
              style={{
                position: "absolute",
                left: t.x0,
                top: t.y0,
                width: w,
                height: h,
                display: "flex",
                flexDirection: "column",
                padding: 8,
                background: bg,
                color: textColorOn(bg),
                border: isSel ? `6px solid ${textColorOn(bg)}` : "2px solid #ffffff",
                fontSize: 20,
                fontWeight: 700,
                overflow: "hidden",
              }}
            >
              <span>{fitText(t.name, w - 20, 20, true)}</span>
              {h > 60 && figure(t.videoCount, w - 28) && (
                <span style={{ fontWeight: 400, fontSize: 18 }}>{figure(t.videoCount, w - 28)}</span>
              )}
            </div>
          );
        })}
      </div>
    </div>,
    `Treemap · ${state.color === "phase" ? "coloured by phase" : "coloured by theme"} · dataset v${version.version}`,
  );
}
