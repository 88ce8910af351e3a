/** Says which parts of a shared link could not be honoured, and what is shown instead. */
export function UrlNotice({ notices }: { notices: string[] }) {
  if (notices.length === 0) return null;
  return (
    <div
      role="status"
      className={
        "mb-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm " +
        "text-amber-900 dark:border-amber-700 dark:bg-amber-950 " +
        "dark:text-amber-200"
      }
      data-testid="url-notice"
    >
      {notices.map((n) => (
        <p key={n}>{n}</p>
      ))}
    </div>
  );
}
