/** The only chrome an embedded chart gets: a small attribution link back to the full view. */
export function EmbedFrame({ children, fullPath, label }: { children: React.ReactNode; fullPath: string; label: string }) {
  return (
    <div className="p-3">
      {children}
      <p className="mt-3 text-right text-xs text-slate-600 dark:text-slate-400" data-testid="embed-attribution">
        <a href={fullPath} target="_blank" rel="noopener" className="underline">
          {label} · LLM Engineering Knowledge Map ↗
        </a>{" "}
        · data: Mailach et al., arXiv 2411.08574
      </p>
    </div>
  );
}
