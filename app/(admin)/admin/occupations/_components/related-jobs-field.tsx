"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import type { LinkTarget } from "@/lib/occupations/link-targets";
import { nameKey } from "@/lib/occupations/name-key";
import type { ProfileLink } from "@/lib/occupations/schema";
import { findLinkTargets } from "../actions";
import { errorAt, errorId, fieldId } from "./field-ids";
import { FieldError } from "./fields";
import { RowButtons } from "./row-buttons";
import { moveItem, useMoveFocus } from "./use-move-focus";

/**
 * Related jobs: a list of names, added by searching other profiles (name, reading or alias) on the
 * server. Refuses the profile itself and duplicates; a picked profile can get a link back.
 */
export function RelatedJobsField({ selfId }: { selfId?: number }) {
  const t = useTranslations("Admin.Related");
  const { control, setValue, getValues, formState } = useFormContext<ProfileFormInput>();
  const selfName = useWatch({ control, name: "name" }) ?? "";
  const reverse = useWatch({ control, name: "reverseLinks" }) ?? [];
  const focusAfter = useMoveFocus();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<LinkTarget[] | null>(null);
  const [searchError, setSearchError] = useState<string>();
  const [picked, setPicked] = useState<Record<string, LinkTarget>>({});
  const statusId = useId();

  // Emptying the box clears the list at once; typing searches after a pause.
  const changeQuery = (next: string) => {
    setQuery(next);
    if (!next.trim()) setResults(null);
  };
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let live = true;
    const search = async () => {
      const r = await findLinkTargets({ q, excludeId: selfId });
      if (!live) return;
      if (r.ok) {
        setResults(r.data);
        setSearchError(undefined);
      } else setSearchError(r.message);
    };
    const timer = setTimeout(() => void search(), 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, selfId]);

  const toggleReverse = (slug: string, on: boolean) =>
    setValue("reverseLinks", on ? [...new Set([...reverse, slug])] : reverse.filter((s) => s !== slug), { shouldDirty: true });

  return (
    <Controller
      control={control}
      name="relatedJobs"
      render={({ field }) => {
        const jobs = (field.value ?? []) as ProfileLink[];
        const keys = new Set(jobs.map((j) => nameKey(j.name)));
        const commit = (next: ProfileLink[]) => field.onChange(next);
        const add = (name: string, target?: LinkTarget) => {
          const key = nameKey(name);
          if (!key || keys.has(key) || key === nameKey(selfName)) return;
          if (target) setPicked((p) => ({ ...p, [key]: target }));
          commit([...jobs, { name: target?.name ?? name.trim(), slug: null }]);
          changeQuery("");
          focusAfter(`${fieldId("relatedJobs")}-search`);
        };
        const remove = (i: number) => {
          const gone = picked[nameKey(jobs[i].name)];
          if (gone) toggleReverse(gone.slug, false);
          commit(jobs.filter((_, j) => j !== i));
          focusAfter(
            jobs.length > 1 ? `${fieldId(`relatedJobs.${Math.min(i, jobs.length - 2)}`)}-up` : `${fieldId("relatedJobs")}-search`,
            `${fieldId("relatedJobs")}-search`,
          );
        };
        const move = (from: number, to: number) => {
          commit(moveItem(jobs, from, to));
          focusAfter(
            `${fieldId(`relatedJobs.${to}`)}-${to < from ? "up" : "down"}`,
            `${fieldId(`relatedJobs.${to}`)}-${to < from ? "down" : "up"}`,
          );
        };
        const typed = query.trim();
        const exact = results?.some((r) => nameKey(r.name) === nameKey(typed));
        return (
          <fieldset className="field list-field" id={fieldId("relatedJobs")} tabIndex={-1}>
            <legend>{t("legend")}</legend>
            {jobs.length === 0 && <p className="muted empty">{t("noneYet")}</p>}
            <ol className="list-rows">
              {jobs.map((job, i) => {
                const path = `relatedJobs.${i}.name`;
                const target = picked[nameKey(job.name)];
                const invalid = !!errorAt(formState.errors, path);
                return (
                  <li
                    key={`${i}-${job.name}`}
                    className="list-row"
                    id={fieldId(path)}
                    tabIndex={-1}
                    aria-describedby={invalid ? errorId(path) : undefined}
                  >
                    <span className="row-number" aria-hidden="true">
                      {i + 1}.
                    </span>
                    <span className="row-main">
                      <strong>{job.name}</strong>
                      {target && (
                        <span className="muted">
                          {" "}
                          — {target.tier}
                          {target.status === "draft" ? t("draft") : ""}
                        </span>
                      )}
                      {target && (
                        <label className="checkbox">
                          <input
                            type="checkbox"
                            checked={reverse.includes(target.slug)}
                            onChange={(e) => toggleReverse(target.slug, e.target.checked)}
                          />
                          {t("alsoAdd", { name: target.name })}
                        </label>
                      )}
                      <FieldError path={path} />
                    </span>
                    <RowButtons
                      idBase={fieldId(`relatedJobs.${i}`)}
                      index={i}
                      count={jobs.length}
                      what={job.name}
                      onMove={move}
                      onRemove={remove}
                    />
                  </li>
                );
              })}
            </ol>
            <FieldError path="relatedJobs" />
            <div className="picker">
              <label htmlFor={`${fieldId("relatedJobs")}-search`}>{t("find")}</label>
              <p className="hint" id={`${statusId}-hint`}>
                {t("findHint")}
              </p>
              <input
                id={`${fieldId("relatedJobs")}-search`}
                type="search"
                autoComplete="off"
                value={query}
                aria-describedby={`${statusId}-hint ${statusId}`}
                onChange={(e) => changeQuery(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === "Enter") {
                    e.preventDefault();
                    if (results?.length === 1) add(results[0].name, results[0]);
                  }
                }}
              />
              <p id={statusId} className="visually-hidden" role="status">
                {results ? t("matching", { count: results.length }) : ""}
              </p>
              {searchError && <p className="field-error">{searchError}</p>}
              {results && (
                <ul className="picker-results" aria-label={t("matchingLabel")}>
                  {results.map((r) => {
                    const already = keys.has(nameKey(r.name));
                    return (
                      <li key={r.id}>
                        <button type="button" className="picker-option" disabled={already} onClick={() => add(r.name, r)}>
                          <span className="picker-name">
                            {already ? t("already") : t("add")}
                            {r.name}
                          </span>
                          <span className="muted">
                            {r.reading && <span lang="ja">{r.reading} · </span>}
                            {r.tier}
                            {r.status === "draft" ? t("draftTag") : ""}
                            {t("matched", { what: r.matched })}
                          </span>
                        </button>
                      </li>
                    );
                  })}
                  {results.length === 0 && <li className="muted">{t("noMatch", { q: typed })}</li>}
                </ul>
              )}
              {typed && results && !exact && nameKey(typed) !== nameKey(getValues("name")) && !keys.has(nameKey(typed)) && (
                <button type="button" className="link-button" onClick={() => add(typed)}>
                  {t("addName", { q: typed })}
                </button>
              )}
            </div>
          </fieldset>
        );
      }}
    />
  );
}
