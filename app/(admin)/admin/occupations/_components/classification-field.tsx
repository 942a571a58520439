"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { ProfileFormInput } from "@/lib/occupations/form-schema";
import { errorAt, errorId, fieldId } from "./field-ids";
import { FieldError } from "./fields";

export type TierOption = { name: string; children: TierOption[] };

const LEVELS = [{ key: "major" }, { key: "middle" }, { key: "minor" }] as const;
type LevelKey = (typeof LEVELS)[number]["key"];
const NEW = "__new__";

/**
 * Major → Middle → Minor as cascading selects over the existing tiers, each with "New…" to type
 * an entry that does not exist yet (it is created when the profile is saved).
 */
export function ClassificationField({ tiers }: { tiers: TierOption[] }) {
  const t = useTranslations("Admin.Form");
  const levelName = (key: LevelKey) => t(`level.${key}`);
  const { control, setValue, formState } = useFormContext<ProfileFormInput>();
  const value = useWatch({ control, name: "classification" }) ?? { major: "", middle: "", minor: "" };
  const [typing, setTyping] = useState<Record<LevelKey, boolean>>({ major: false, middle: false, minor: false });

  const optionsFor = (level: number): TierOption[] | undefined => {
    let opts: TierOption[] | undefined = tiers;
    for (const l of LEVELS.slice(0, level)) opts = opts?.find((o) => o.name === value[l.key])?.children;
    return opts;
  };
  const set = (key: LevelKey, v: string) =>
    setValue(`classification.${key}`, v, { shouldDirty: true, shouldValidate: formState.isSubmitted });

  return (
    <fieldset className="field classification" id={fieldId("classification")} tabIndex={-1}>
      <legend>{t("classification")}</legend>
      <p className="hint" id="classification-hint">
        {t("classificationHint")}
      </p>
      <div className="tier-pickers">
        {LEVELS.map((l, level) => {
          const path = `classification.${l.key}`;
          const options = optionsFor(level);
          const current = value[l.key];
          const exists = !!options?.some((o) => o.name === current);
          const free = typing[l.key] || !options || (current !== "" && !exists);
          const invalid = !!errorAt(formState.errors, path);
          const aria = { "aria-invalid": invalid || undefined, "aria-describedby": invalid ? errorId(path) : "classification-hint" };
          const clearBelow = () => {
            for (const below of LEVELS.slice(level + 1)) set(below.key, "");
            setTyping((t) => ({ ...t, ...Object.fromEntries(LEVELS.slice(level + 1).map((b) => [b.key, false])) }));
          };
          const parentMissing = level > 0 && !value[LEVELS[level - 1].key];
          if (parentMissing && !current) {
            return (
              <div className="field" key={l.key}>
                <label htmlFor={fieldId(path)}>{t("tier", { level: levelName(l.key) })}</label>
                <select id={fieldId(path)} disabled {...aria}>
                  <option>{t("chooseFirst", { level: levelName(LEVELS[level - 1].key) })}</option>
                </select>
                <FieldError path={path} />
              </div>
            );
          }
          return (
            <div className="field" key={l.key}>
              {free ? (
                <>
                  <label htmlFor={fieldId(path)}>{t(options ? "tierNew" : "tierNewFree", { level: levelName(l.key) })}</label>
                  <input id={fieldId(path)} type="text" value={current} {...aria} onChange={(e) => set(l.key, e.target.value)} />
                  {options && options.length > 0 && (
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setTyping((t) => ({ ...t, [l.key]: false }));
                        set(l.key, "");
                        clearBelow();
                      }}
                    >
                      {t("pickExisting", { level: levelName(l.key) })}
                    </button>
                  )}
                </>
              ) : (
                <>
                  <label htmlFor={fieldId(path)}>{t("tier", { level: levelName(l.key) })}</label>
                  <select
                    id={fieldId(path)}
                    value={current}
                    {...aria}
                    onChange={(e) => {
                      if (e.target.value === NEW) {
                        setTyping((t) => ({ ...t, [l.key]: true }));
                        set(l.key, "");
                      } else set(l.key, e.target.value);
                      clearBelow();
                    }}
                  >
                    <option value="">{t("choose")}</option>
                    {options!.map((o) => (
                      <option key={o.name} value={o.name}>
                        {o.name}
                      </option>
                    ))}
                    <option value={NEW}>{t("newOption", { level: levelName(l.key) })}</option>
                  </select>
                </>
              )}
              <FieldError path={path} />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
