"use client";

import { useFormatter, useTranslations } from "next-intl";
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
  const t = useTranslations("Admin.Import");
  const format = useFormatter();
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
        text: t("tooLarge", {
          mb: format.number(total / 1024 / 1024, { maximumFractionDigits: 1 }),
          max: UPLOAD_MAX_TOTAL_BYTES / 1024 / 1024,
        }),
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
            text: t("imported", { created: result.data.created, updated: result.data.updated, unchanged: result.data.unchanged }),
          });
      }
    } catch {
      setMessage({ kind: "error", text: t("refused") });
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
          <label htmlFor="import-files">{t("files")}</label>
          <p className="hint" id="import-files-hint">
            {t("filesHint")}
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
          <label htmlFor="import-draft">{t("asDrafts")}</label>
        </div>
        <div className="actions">
          <button type="submit" disabled={busy || files.length === 0}>
            {busy && !preview ? t("checking") : t("preview")}
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
          <h2 id="preview-title">{t(preview.applied ? "done" : "previewTitle")}</h2>
          {preview.errors.length > 0 ? (
            <>
              <p>{t.rich("errors", { count: preview.errors.length, b: (c) => <strong>{c}</strong> })}</p>
              <table>
                <caption>{t("errorsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("file")}</th>
                    <th scope="col">{t("line")}</th>
                    <th scope="col">{t("problem")}</th>
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
              <p>{t("summary", { created: preview.created, updated: preview.updated, unchanged: preview.unchanged })}</p>
              <table>
                <caption>{t("itemsCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("name")}</th>
                    <th scope="col">{t("slug")}</th>
                    <th scope="col">{t("result")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.items.map((it) => (
                    <tr key={it.slug}>
                      <td>{it.name}</td>
                      <td>{it.slug}</td>
                      <td>{t(`outcome.${it.outcome}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {canApply && (
                <div className="actions">
                  <button type="button" disabled={busy} onClick={() => void run(applyImport, preview)}>
                    {busy ? t("importing") : t("apply", { count: preview.created + preview.updated })}
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
