import { IntentLink as Link } from "@/components/IntentLink";

/** A verbatim practitioner quote with the video it comes from. */
export function QuoteBlock({ text, video, context }: { text: string; video: string; context?: React.ReactNode }) {
  return (
    <figure
      className={"rounded-lg border-l-4 border-slate-300 bg-slate-50 px-4 py-3 dark:border-slate-600 dark:bg-slate-900"}
    >
      <blockquote className="font-serif text-[1.05rem] leading-7 text-slate-800 dark:text-slate-200">
        <p>“{text}”</p>
      </blockquote>
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        — video{" "}
        <Link
          href={`/videos/${video}`}
          className={
            "font-mono font-medium text-sky-700 underline hover:text-sky-900 " +
            "dark:text-sky-400 dark:hover:text-sky-300"
          }
        >
          {video}
        </Link>
        {context}
      </figcaption>
    </figure>
  );
}
