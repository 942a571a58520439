"use client";

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
  const { pending, error, run } = useRun();
  return (
    <>
      <button
        type="button"
        className="small secondary"
        disabled={pending}
        onClick={() => run(() => restoreRevisionAction({ id, version, expectedVersion }))}
      >
        Restore<span className="visually-hidden"> version {version}</span> as draft
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
  const dialog = useRef<HTMLDialogElement>(null);
  const { pending, error, run } = useRun();
  return (
    <>
      <button type="button" className="danger" onClick={() => dialog.current?.showModal()}>
        Delete…
      </button>
      <dialog ref={dialog} aria-labelledby="delete-title" className="confirm-dialog">
        <h2 id="delete-title">Delete “{name}”?</h2>
        <p>
          It disappears from the public site and search; links to it from other profiles fall back to its plain name. You can undo this
          afterwards.
        </p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <p className="actions">
          <button type="button" className="danger" disabled={pending} onClick={() => run(() => deleteAction({ id }))}>
            Delete profile
          </button>
          <button type="button" className="secondary" autoFocus onClick={() => dialog.current?.close()}>
            Cancel
          </button>
        </p>
      </dialog>
    </>
  );
}
