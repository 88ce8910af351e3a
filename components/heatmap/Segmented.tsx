/** A labelled group of radio buttons drawn as one segmented control (the heatmap's order and value). */
export function Segmented<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: Array<{ value: T; label: string }>;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset>
      <legend className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
        {label}
      </legend>
      <div className="flex flex-wrap gap-0.5 rounded-md border border-slate-300 p-0.5 dark:border-slate-700">
        {options.map((o) => (
          <label
            key={o.value}
            className={
              `flex min-h-8 cursor-pointer items-center rounded px-2 py-1 ` +
              `has-[:focus-visible]:outline has-[:focus-visible]:outline-2 ` +
              `has-[:focus-visible]:outline-sky-500 ` +
              `${
                value === o.value
                  ? "bg-slate-900 text-white dark:bg-white dark:text-slate-900"
                  : "hover:bg-slate-100 dark:hover:bg-slate-800"
              }`
            }
          >
            <input
              type="radio"
              name={`heatmap-${label}`}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
              className="sr-only"
            />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
