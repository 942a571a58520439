"use client";

import { useState } from "react";
import { UPLOAD_MAX_TOTAL_BYTES } from "@/lib/interchange/upload-limits";
import { applyImport, previewImport, type ImportPreview } from "../actions";

function formData(files: File[], draft: boolean, preview?: ImportPreview) {
  const fd = new FormData();
  for (const f of files) fd.append("files", f);
  if (draft) fd.set("draft", "on");
  if (preview) {
    fd.set("digest", preview.digest);
    fd.set("stamp", preview.stamp);
  }
  return fd;
}

export function ImportForm() {
  const [files, setFiles] = useState<File[]>([]);
  const [draft, setDraft] = useState(false);
  const [preview, setPreview] = useState<ImportPreview>();
  const [message, setMessage] = useState<{ kind: "error" | "success"; text: string }>();
  const [busy, setBusy] = useState(false);

  async function run(action: typeof previewImport, withPreview?: ImportPreview) {
    setMessage(undefined);
    const total = files.reduce((n, f) => n + f.size, 0);
    if (total > UPLOAD_MAX_TOTAL_BYTES) {
      setMessage({
        kind: "error",
        text: `The files add up to ${(total / 1024 / 1024).toFixed(1)} MB; at most ${UPLOAD_MAX_TOTAL_BYTES / 1024 / 1024} MB per import.`,
      });
      return;
    }
    setBusy(true);
    try {
      const result = await action(formData(files, draft, withPreview));
      if (!result.ok) setMessage({ kind: "error", text: result.message });
      else {
        setPreview(result.data);
        if (result.data.applied)
          setMessage({
            kind: "success",
            text: `Imported: ${result.data.created} created, ${result.data.updated} updated, ${result.data.unchanged} unchanged.`,
          });
      }
    } catch {
      setMessage({ kind: "error", text: "The upload was refused (too large or interrupted). Nothing was imported." });
    } finally {
      setBusy(false);
    }
  }

  const canApply = preview && !preview.applied && preview.errors.length === 0 && preview.created + preview.updated > 0;

  return (
    <div className="stack">
      <form
        className="stack"
        onSubmit={(e) => {
          e.preventDefault();
          void run(previewImport);
        }}
      >
        <div className="field">
          <label htmlFor="import-files">Files</label>
          <p className="hint" id="import-files-hint">
            Profile cards (.txt), JSON (.json), CSV (.csv) or a .zip of them. Up to 20 files, 5 MB each, 20 MB in all.
          </p>
          <input
            id="import-files"
            type="file"
            multiple
            accept=".txt,.json,.csv,.zip"
            aria-describedby="import-files-hint"
            onChange={(e) => {
              setFiles(Array.from(e.target.files ?? []));
              setPreview(undefined);
              setMessage(undefined);
            }}
          />
        </div>
        <div className="checkbox">
          <input
            id="import-draft"
            type="checkbox"
            checked={draft}
            onChange={(e) => {
              setDraft(e.target.checked);
              setPreview(undefined);
            }}
          />
          <label htmlFor="import-draft">Import as drafts (published profiles keep their public text until published)</label>
        </div>
        <div className="actions">
          <button type="submit" disabled={busy || files.length === 0}>
            {busy && !preview ? "Checking…" : "Preview import"}
          </button>
        </div>
      </form>

      {message && (
        <div role={message.kind === "error" ? "alert" : "status"} className={`alert ${message.kind}`}>
          {message.text}
        </div>
      )}

      {preview && (
        <section aria-labelledby="preview-title" className="stack">
          <h2 id="preview-title">{preview.applied ? "Imported" : "Preview (nothing written yet)"}</h2>
          {preview.errors.length > 0 ? (
            <>
              <p>
                <strong>
                  {preview.errors.length} {preview.errors.length === 1 ? "error" : "errors"}
                </strong>
                : nothing will be imported until they are fixed.
              </p>
              <table>
                <caption>Errors by file and line</caption>
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Line</th>
                    <th scope="col">Problem</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.errors.map((e, i) => (
                    <tr key={i}>
                      <td>{e.file}</td>
                      <td>{e.line}</td>
                      <td>{e.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <>
              <p>
                {preview.created} to create, {preview.updated} to update, {preview.unchanged} unchanged.
              </p>
              <table>
                <caption>Profiles in this import</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Slug</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.items.map((it) => (
                    <tr key={it.slug}>
                      <td>{it.name}</td>
                      <td>{it.slug}</td>
                      <td>{it.outcome}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {canApply && (
                <div className="actions">
                  <button type="button" disabled={busy} onClick={() => void run(applyImport, preview)}>
                    {busy ? "Importing…" : `Import ${preview.created + preview.updated} profiles`}
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      )}
    </div>
  );
}
