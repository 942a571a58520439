"use client";

import { useTranslations } from "next-intl";
import { Controller, useFormContext } from "react-hook-form";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import type { Aptitude } from "@/lib/occupations/schema";
import { errorAt, errorId, fieldId } from "./field-ids";
import { FieldError } from "./fields";
import { RowButtons } from "./row-buttons";
import { moveItem, useMoveFocus } from "./use-move-focus";

/** One aptitude table (item + reason rows), reorderable by keyboard. */
export function AptitudeField({ kind, legend }: { kind: "strengths" | "weaknesses"; legend: string }) {
  const t = useTranslations("Admin.Form");
  const { control, formState } = useFormContext<ProfileFormInput>();
  const focusAfter = useMoveFocus();
  const name = `aptitudes.${kind}` as const;
  const singular = t(kind === "strengths" ? "strength" : "weakness");
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const rows = (field.value ?? []) as Aptitude[];
        const commit = (next: Aptitude[]) => field.onChange(next);
        const set = (i: number, key: keyof Aptitude, value: string) => commit(rows.map((r, j) => (j === i ? { ...r, [key]: value } : r)));
        const move = (from: number, to: number) => {
          commit(moveItem(rows, from, to));
          focusAfter(`${fieldId(`${name}.${to}`)}-${to < from ? "up" : "down"}`, fieldId(`${name}.${to}.item`));
        };
        const remove = (i: number) => {
          commit(rows.filter((_, j) => j !== i));
          focusAfter(rows.length > 1 ? fieldId(`${name}.${Math.min(i, rows.length - 2)}.item`) : `${fieldId(name)}-add`);
        };
        const add = () => {
          commit([...rows, { item: "", reason: "" }]);
          focusAfter(fieldId(`${name}.${rows.length}.item`));
        };
        const input = (i: number, key: keyof Aptitude, label: string) => {
          const path = `${name}.${i}.${key}`;
          const invalid = !!errorAt(formState.errors, path);
          return (
            <span className="row-cell">
              <label htmlFor={fieldId(path)} className="small-label">
                {label}
              </label>
              {key === "item" ? (
                <input
                  id={fieldId(path)}
                  type="text"
                  value={rows[i][key]}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? errorId(path) : undefined}
                  onChange={(e) => set(i, key, e.target.value)}
                  onBlur={field.onBlur}
                />
              ) : (
                <textarea
                  id={fieldId(path)}
                  rows={2}
                  value={rows[i][key]}
                  aria-invalid={invalid || undefined}
                  aria-describedby={invalid ? errorId(path) : undefined}
                  onChange={(e) => set(i, key, e.target.value)}
                  onBlur={field.onBlur}
                />
              )}
              <FieldError path={path} />
            </span>
          );
        };
        return (
          <fieldset className="field list-field" id={fieldId(name)} tabIndex={-1}>
            <legend>{legend}</legend>
            {rows.length === 0 && <p className="muted empty">{t("noRows")}</p>}
            <ol className="list-rows">
              {rows.map((_, i) => (
                <li key={i} className="list-row aptitude-row">
                  <span className="row-number" aria-hidden="true">
                    {i + 1}.
                  </span>
                  <span className="row-main aptitude-cells">
                    {input(i, "item", t("itemLabel", { what: singular, n: i + 1 }))}
                    {input(i, "reason", t("whyLabel", { what: singular, n: i + 1 }))}
                  </span>
                  <RowButtons
                    idBase={fieldId(`${name}.${i}`)}
                    index={i}
                    count={rows.length}
                    what={t("numbered", { what: singular, n: i + 1 })}
                    onMove={move}
                    onRemove={remove}
                  />
                </li>
              ))}
            </ol>
            <FieldError path={name} />
            <p>
              <button type="button" className="secondary small" id={`${fieldId(name)}-add`} onClick={add}>
                {t("addRow", { what: singular })}
              </button>
            </p>
          </fieldset>
        );
      }}
    />
  );
}
