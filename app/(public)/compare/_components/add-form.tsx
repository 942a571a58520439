import { COMPARE_MAX } from "@/lib/compare/selection";

/** Adds a profile by name, alias or slug: a plain GET form, so the page works without JavaScript. */
export function AddForm({ slugs, error }: { slugs: string[]; error?: string }) {
  const full = slugs.length >= COMPARE_MAX;
  return (
    <form className="compare-add" action="/compare" method="get" aria-labelledby="compare-add-title">
      <h2 id="compare-add-title">Add an occupation</h2>
      {slugs.length > 0 && <input type="hidden" name="slugs" value={slugs.join(",")} />}
      <div className="field">
        <label htmlFor="compare-add">Occupation name, alias or slug</label>
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
            Add
          </button>
        </div>
        {error ? (
          <p id="compare-add-error" className="field-error">
            {error}
          </p>
        ) : (
          <p id="compare-add-hint" className="hint">
            {full
              ? `${COMPARE_MAX} is the most you can compare at once: remove one to add another.`
              : "For example “Baker” or “Union president”."}
          </p>
        )}
      </div>
    </form>
  );
}
