import { formatShare } from "@/lib/domain/share";

/**
 * A count and share exactly as the paper reports them, with where they come from.
 * The bar is decoration; the text carries the value.
 */
export function Figure({
  videoCount,
  share,
  shareDenominator,
  section,
  color,
  size = "md",
}: {
  videoCount: number;
  share: number;
  shareDenominator: number;
  section: string;
  color?: string;
  size?: "md" | "lg";
}) {
  return (
    <div>
      <p className={size === "lg" ? "text-2xl font-semibold tabular-nums" : "font-medium tabular-nums"}>
        <span data-testid="video-count">{videoCount}</span> {videoCount === 1 ? "video" : "videos"},{" "}
        <span data-testid="share">{formatShare(share)}</span>
      </p>
      <div aria-hidden="true" className="mt-1.5 h-1.5 w-full max-w-xs rounded-full bg-slate-200 dark:bg-slate-800">
        <div
          className="h-1.5 rounded-full"
          style={{ width: `${Math.min(100, share)}%`, backgroundColor: color ?? "#0072B2" }}
        />
      </div>
      {size === "lg" && (
        <p className="mt-1.5 text-xs text-slate-500 dark:text-slate-400">
          As reported in Mailach et al., §{section}; share = {videoCount} / {shareDenominator}.
        </p>
      )}
    </div>
  );
}
