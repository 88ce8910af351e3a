"use client";

// Shown instead of a stack trace if a page fails to render.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <h1 className="text-3xl font-bold tracking-tight">Something went wrong</h1>
      <p className="mt-4 text-slate-600 dark:text-slate-400">This page could not be shown. Please try again.</p>
      <button
        type="button"
        onClick={reset}
        className="mt-8 rounded-md bg-sky-700 px-4 py-2 font-medium text-white hover:bg-sky-800"
      >
        Try again
      </button>
    </div>
  );
}
