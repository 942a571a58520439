"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { addTierAction } from "../actions";

export function AddTierForm({ parentId, childLevel }: { parentId: number | null; childLevel: string }) {
  const t = useTranslations("Admin.Tiers");
  const router = useRouter();
  const [pending, start] = useTransition();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const id = `add-${parentId ?? "major"}`;
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await addTierAction({ parentId, name });
          if (!r.ok) return setError(r.fieldErrors?.name?.[0] ?? r.message);
          setError(undefined);
          setName("");
          router.push(`/admin/classifications?entry=${r.data.id}`);
        });
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t("newName", { level: childLevel })}</label>
        <input
          id={id}
          type="text"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={!!error}
          aria-describedby={error ? `${id}-error` : undefined}
        />
      </div>
      <button type="submit" disabled={pending || !name.trim()}>
        {t("add")}
      </button>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert" style={{ flexBasis: "100%" }}>
          {error}
        </p>
      )}
    </form>
  );
}
