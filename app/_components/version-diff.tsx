import { getTranslations } from "next-intl/server";
import type { FieldDiff } from "@/lib/revisions/diff";
import { FieldDiffView } from "./diff-view";

/** The fields that differ between two versions, each as a word or list diff, then the unchanged ones by name. */
export async function VersionDiff({ diffs }: { diffs: FieldDiff[] }) {
  const changed = diffs.filter((d) => d.changed);
  const unchanged = diffs.filter((d) => !d.changed);
  const [t, field] = await Promise.all([getTranslations("Admin.History"), getTranslations("Admin.Fields")]);
  return (
    <>
      {changed.length === 0 ? (
        <p>{t("same")}</p>
      ) : (
        <dl className="diff-fields">
          {changed.map((d) => (
            <div key={d.key} className="diff-field">
              <dt>{field(d.key)}</dt>
              <dd>
                <FieldDiffView diff={d} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {unchanged.length > 0 && (
        <p className="muted">{t("unchanged", { fields: unchanged.map((d) => field(d.key)).join(t("listSeparator")) })}</p>
      )}
      <p className="muted">{t.rich("legend", { ins: (c) => <ins>{c}</ins>, del: (c) => <del>{c}</del> })}</p>
    </>
  );
}
