import { THEME_ORIGIN, type ThemeOrigin } from "@/lib/domain/paper/theme-origin";

/** Where a theme comes from per the paper's introduction, with its sentence; or that the paper does not say. */
export function ThemeOriginNote({ origin, evidence }: { origin: ThemeOrigin; evidence: string | null }) {
  const info = THEME_ORIGIN[origin];
  return (
    <div
      className="mt-4 max-w-3xl rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800"
      data-testid="theme-origin"
      data-origin={origin}
    >
      <p>
        <span className="font-semibold">Where it comes from:</span> {info.label}.{" "}
        <span className="text-slate-700 dark:text-slate-300">{info.description}</span>
      </p>
      {evidence && (
        <blockquote
          className={"mt-2 border-l-2 border-slate-300 pl-3 text-slate-600 dark:border-slate-600 dark:text-slate-400"}
        >
          “{evidence}” <span className="whitespace-nowrap">— Mailach et al., §I</span>
        </blockquote>
      )}
    </div>
  );
}
