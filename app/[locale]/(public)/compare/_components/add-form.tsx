import { getLocale, getTranslations } from "next-intl/server";
import { localePath } from "@/i18n/locale-path";
import type { Locale } from "@/i18n/routing";
import { COMPARE_MAX } from "@/lib/compare/selection";

/** Adds a profile by name, alias or slug: a plain GET form, so the page works without JavaScript. */
export async function AddForm({ slugs, error }: { slugs: string[]; error?: string }) {
  const [t, locale] = await Promise.all([getTranslations("Compare"), getLocale()]);
  const full = slugs.length >= COMPARE_MAX;
  return (
    <form className="compare-add" action={localePath(locale as Locale, "/compare")} method="get" aria-labelledby="compare-add-title">
      <h2 id="compare-add-title">{t("addTitle")}</h2>
      {slugs.length > 0 && <input type="hidden" name="slugs" value={slugs.join(",")} />}
      <div className="field">
        <label htmlFor="compare-add">{t("addLabel")}</label>
        <div className="inline-form">
          <input
            id="compare-add"
            name="add"
            type="text"
            required
            disabled={full}
            maxLength={200}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "compare-add-error" : "compare-add-hint"}
          />
          <button type="submit" disabled={full}>
            {t("addButton")}
          </button>
        </div>
        {error ? (
          <p id="compare-add-error" className="field-error">
            {error}
          </p>
        ) : (
          <p id="compare-add-hint" className="hint">
            {full ? t("addFull", { max: COMPARE_MAX }) : t("addExample")}
          </p>
        )}
      </div>
    </form>
  );
}
