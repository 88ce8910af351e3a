import { highlight } from "@/lib/domain/search/highlight";

/** Text with the matched words in <mark>; the text is only ever rendered as text. */
export function Highlighted({
  text,
  terms,
  words,
}: {
  text: string;
  terms: readonly string[];
  words: readonly string[];
}) {
  return (
    <>
      {highlight(text, terms, words).map((s, i) =>
        s.match ? (
          <mark
            key={i}
            className="rounded-sm bg-amber-200 px-0.5 text-inherit dark:bg-amber-400/30 dark:text-amber-100"
          >
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
