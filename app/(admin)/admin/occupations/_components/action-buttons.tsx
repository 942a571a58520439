"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useTransition } from "react";
import { restoreDeletedOccupation } from "../actions";
import { deleteAction } from "../[id]/edit/actions";
import { restoreRevisionAction } from "../[id]/history/actions";

function useRun() {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  const run = (fn: () => Promise<{ ok: boolean; message?: string } | undefined | void>) =>
    start(async () => {
      setError(undefined);
      const r = await fn();
      if (r && !r.ok) setError(r.message);
    });
  return { pending, error, run };
}

/** "Undo" after a delete and "Restore" on deleted rows. */
export function RestoreDeletedButton({ id, label }: { id: number; label: string }) {
  const { pending, error, run } = useRun();
  return (
    <>
      <button type="button" className="small" disabled={pending} onClick={() => run(() => restoreDeletedOccupation({ id }))}>
        {label}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}

export function RestoreRevisionButton({ id, version, expectedVersion }: { id: number; version: number; expectedVersion: number }) {
  const t = useTranslations("Admin.Edit");
  const { pending, error, run } = useRun();
  return (
    <>
      <button
        type="button"
        className="small secondary"
        disabled={pending}
        onClick={() => run(() => restoreRevisionAction({ id, version, expectedVersion }))}
      >
        {t.rich("restoreRevision", { version, sr: (c) => <span className="visually-hidden">{c}</span> })}
      </button>
      {error && (
        <span className="field-error" role="alert">
          {" "}
          {error}
        </span>
      )}
    </>
  );
}

/** Soft delete behind a confirmation dialog. */
export function DeleteOccupationButton({ id, name }: { id: number; name: string }) {
  const t = useTranslations("Admin.Edit");
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, error, run } = useRun();
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        {t("deleteButton")}
      </button>
      <dialog ref={dialog} aria-labelledby="delete-title" className="confirm-dialog">
        <h2 id="delete-title">{t("deleteConfirm", { name })}</h2>
        <p>{t("deleteExplain")}</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <p className="actions">
          <button type="button" className="danger" disabled={pending} onClick={() => run(() => deleteAction({ id }))}>
            {t("deleteProfile")}
          </button>
          <button type="button" className="secondary" autoFocus onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
        </p>
      </dialog>
    </>
  );
}
