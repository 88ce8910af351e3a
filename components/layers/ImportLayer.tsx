"use client";

import { useState } from "react";
import { problemMessage, readLayer, type LayerCatalogue } from "@/lib/domain/layers/rules";

/**
 * Import a kmap-layer file (picker or drag and drop): read and checked here against the catalogue,
 * then saved as a new team plan; the edit page opens with its token in the URL fragment.
 */
export function ImportLayer({ catalogue }: { catalogue: LayerCatalogue }) {
  const [message, setMessage] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage(null);
    let value: unknown;
    try {
      value = JSON.parse(await file.text());
    } catch {
      setMessage(`${file.name}: not a JSON file.`);
      return;
    }
    const read = readLayer(value, catalogue);
    if (!read.ok) {
      setMessage(`${file.name}: ${problemMessage(read.errors)}`);
      return;
    }
    const res = await fetch("/api/v1/layers", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(read.layer),
    });
    const json = (await res.json()) as { data?: { editUrl: string }; error?: { message: string } };
    if (!res.ok || !json.data) {
      setMessage(`${file.name}: ${json.error?.message ?? `the server answered ${res.status}`}`);
      return;
    }
    window.location.assign(json.data.editUrl);
  };
  return (
    <div
      data-testid="layer-import"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void importFile(e.dataTransfer.files[0]);
      }}
      className={
        "rounded-xl border-2 border-dashed p-6 text-center " +
        (over ? "border-sky-600 bg-sky-50 dark:bg-slate-800" : "border-slate-300 dark:border-slate-700")
      }
    >
      <p className="text-sm text-slate-700 dark:text-slate-300">Drop a .kmap-layer.json file here, or</p>
      <label
        className={
          "mt-2 inline-block cursor-pointer rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white " +
          "hover:bg-sky-800"
        }
      >
        Choose a layer file
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          onChange={(e) => void importFile(e.target.files?.[0])}
        />
      </label>
      {message && (
        <p role="alert" className="mt-3 text-sm text-red-700 dark:text-red-400">
          {message}
        </p>
      )}
    </div>
  );
}
