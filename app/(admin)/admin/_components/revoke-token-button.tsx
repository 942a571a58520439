"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/auth/action";

type Props = { id: number; label: string; revoke: (input: { id: number }) => Promise<ActionResult> };

export function RevokeTokenButton({ id, label, revoke }: Props) {
  const router = useRouter();
  const t = useTranslations("Admin.Tokens");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <button
        type="button"
        className="danger"
        disabled={pending}
        aria-label={t("revokeLabel", { label })}
        onClick={() =>
          start(async () => {
            if (!window.confirm(t("confirm", { label }))) return;
            const r = await revoke({ id });
            if (r.ok) router.refresh();
            else setError(r.message);
          })
        }
      >
        {pending ? t("revoking") : t("revoke")}
      </button>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}
