"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";

type Props = { id: number; label: string; revoke: (input: { id: number }) => Promise<ActionResult> };

export function RevokeTokenButton({ id, label, revoke }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={pending}
        aria-label={`Revoke ${label}`}
        onClick={() =>
          start(async () => {
            if (!window.confirm(`Revoke ${label}? Clients using it get 401 from now on.`)) return;
            const r = await revoke({ id });
            if (r.ok) router.refresh();
            else setError(r.message);
          })
        }
      >
        {pending ? "Revoking…" : "Revoke"}
      </button>
      {error && <p role="alert" className="field-error">{error}</p>}
    </>
  );
}
