import { IntentLink as Link } from "@/components/IntentLink";

export function NotFoundContent() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-mono text-sm font-semibold text-sky-700 dark:text-sky-400">404</p>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Page not found</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">
        There is no theme, topic, phase or video at this address. It may have been mistyped.
      </p>
      <p className="mt-8 flex flex-wrap justify-center gap-4">
        <Link href="/" className="rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800">
          Back to the map
        </Link>
        <Link href="/about" className="rounded-md px-4 py-2 font-medium text-sky-700 underline dark:text-sky-400">
          About the data
        </Link>
      </p>
    </div>
  );
}
