"use client";

import { useTranslations } from "next-intl";
import { Controller, useFormContext } from "react-hook-form";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import { errorAt, errorId, fieldId } from "./field-ids";
import { FieldError } from "./fields";
import { RowButtons } from "./row-buttons";
import { moveItem, useMoveFocus } from "./use-move-focus";

type ListName = "personalityTraits" | "requiredSkills" | "recommendedSkills" | "aliases" | "careerPath";

/**
 * An ordered list of one-line items with add, remove and keyboard reordering. Career path steps
 * are links ({ name, slug }); their slug is derived on save, so only the name is edited.
 */
export function StringListField({ name, legend, singular, hint }: { name: ListName; legend: string; singular: string; hint?: string }) {
  const t = useTranslations("Admin.Form");
  const { control, formState } = useFormContext<ProfileFormInput>();
  const focusAfter = useMoveFocus();
  const isLink = name === "careerPath";
  const itemPath = (i: number) => (isLink ? `${name}.${i}.name` : `${name}.${i}`);
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => {
        const raw = (field.value ?? []) as (string | { name: string; slug?: string | null })[];
        const values = raw.map((v) => (typeof v === "string" ? v : v.name));
        const commit = (next: string[]) => field.onChange(isLink ? next.map((n) => ({ name: n, slug: null })) : next);
        const move = (from: number, to: number) => {
          commit(moveItem(values, from, to));
          focusAfter(`${fieldId(itemPath(to))}-${to < from ? "up" : "down"}`, fieldId(itemPath(to)));
        };
        const remove = (i: number) => {
          commit(values.filter((_, j) => j !== i));
          focusAfter(values.length > 1 ? fieldId(itemPath(Math.min(i, values.length - 2))) : `${fieldId(name)}-add`);
        };
        const add = () => {
          commit([...values, ""]);
          focusAfter(fieldId(itemPath(values.length)));
        };
        return (
          <fieldset className="field list-field" id={fieldId(name)} tabIndex={-1}>
            <legend>{legend}</legend>
            {hint && <p className="hint">{hint}</p>}
            {values.length === 0 && <p className="muted empty">{t("noneYet")}</p>}
            <ol className="list-rows">
              {values.map((value, i) => {
                const path = itemPath(i);
                const invalid = !!errorAt(formState.errors, path);
                return (
                  <li key={i} className="list-row">
                    <span className="row-number" aria-hidden="true">
                      {i + 1}.
                    </span>
                    <span className="row-main">
                      <input
                        id={fieldId(path)}
                        type="text"
                        aria-label={t("numbered", { what: singular, n: i + 1 })}
                        aria-invalid={invalid || undefined}
                        aria-describedby={invalid ? errorId(path) : undefined}
                        value={value}
                        onChange={(e) => commit(values.map((v, j) => (j === i ? e.target.value : v)))}
                        onBlur={field.onBlur}
                      />
                      <FieldError path={path} />
                    </span>
                    <RowButtons
                      idBase={fieldId(path)}
                      index={i}
                      count={values.length}
                      what={t("numbered", { what: singular, n: i + 1 })}
                      onMove={move}
                      onRemove={remove}
                    />
                  </li>
                );
              })}
            </ol>
            <FieldError path={name} />
            <p>
              <button type="button" className="secondary small" id={`${fieldId(name)}-add`} onClick={add}>
                {t("add", { what: singular })}
              </button>
            </p>
          </fieldset>
        );
      }}
    />
  );
}
