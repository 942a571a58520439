"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { addAliasAction } from "../actions";

type Outcome =
  { ok: true; name: string; published: boolean; id: number } | { ok: false; message: string; fields: Record<string, string[]> };

/** "Add as an alias to…": the query (editable) becomes an alias of the profile named here. */
export function AddAliasForm({ query }: { query: string }) {
  const id = useId();
  const t = useTranslations("Admin.Quality");
  const [pending, start] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>();
  const fieldError = (name: string) => (outcome && !outcome.ok ? outcome.fields[name]?.[0] : undefined);

  function submit(form: FormData) {
    start(async () => {
      const r = await addAliasAction({ alias: String(form.get("alias") ?? ""), profile: String(form.get("profile") ?? "") });
      setOutcome(r.ok ? { ok: true, ...r.data } : { ok: false, message: r.message, fields: r.fieldErrors ?? {} });
    });
  }

  return (
    <form action={submit} className="add-alias-form">
      <label htmlFor={`${id}-alias`}>{t("aliasLabel")}</label>
      <input
        id={`${id}-alias`}
        name="alias"
        type="text"
        defaultValue={query}
        required
        aria-invalid={!!fieldError("alias")}
        aria-describedby={fieldError("alias") ? `${id}-alias-error` : undefined}
      />
      <label htmlFor={`${id}-profile`}>{t("aliasProfile")}</label>
      <input
        id={`${id}-profile`}
        name="profile"
        type="text"
        required
        aria-invalid={!!fieldError("profile")}
        aria-describedby={fieldError("profile") ? `${id}-profile-error` : undefined}
      />
      <button type="submit" className="small" disabled={pending}>
        {t.rich("aliasButton", { query, hidden: (c) => <span className="visually-hidden">{c}</span> })}
      </button>
      <span role="status" className="add-alias-outcome">
        {outcome?.ok && (
          <>
            {t.rich(outcome.published ? "aliasAdded" : "aliasDraft", {
              name: outcome.name,
              link: (c) => <Link href={`/admin/occupations/${outcome.id}/edit`}>{c}</Link>,
            })}
          </>
        )}
      </span>
      {outcome && !outcome.ok && (
        <span className="field-error" role="alert">
          {fieldError("alias") ? <span id={`${id}-alias-error`}>{fieldError("alias")} </span> : null}
          {fieldError("profile") ? <span id={`${id}-profile-error`}>{fieldError("profile")}</span> : null}
          {!fieldError("alias") && !fieldError("profile") && outcome.message}
        </span>
      )}
    </form>
  );
}
