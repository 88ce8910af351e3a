import type { EmbedTheme } from "@/lib/domain/embed";
import { EmbedBehaviour } from "./EmbedBehaviour";

/**
 * The only chrome an embedded chart gets: the attribution, kept in view at the bottom of the
 * frame, and the host's choice of theme (?theme=light|dark|auto; auto follows the reader's system).
 */
export function EmbedFrame({
  children,
  fullPath,
  label,
  theme = "auto",
}: {
  children: React.ReactNode;
  fullPath: string;
  label: string;
  theme?: EmbedTheme;
}) {
  return (
    <div
      data-theme={theme === "auto" ? undefined : theme}
      className="min-h-screen bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100"
      data-testid="embed-frame"
    >
      <EmbedBehaviour />
      <div className="p-3">{children}</div>
      <p
        className={
          "sticky bottom-0 border-t border-slate-200 bg-white/95 px-3 py-2 " +
          "text-right text-xs text-slate-700 dark:border-slate-800 " +
          "dark:bg-slate-950/95 dark:text-slate-300"
        }
        data-testid="embed-attribution"
      >
        <a href={fullPath} target="_blank" rel="noopener" className="underline">
          {label} · LLM Engineering Knowledge Map ↗
        </a>{" "}
        · data: Mailach et al., arXiv 2411.08574 · CC BY 4.0 (our text)
      </p>
    </div>
  );
}
