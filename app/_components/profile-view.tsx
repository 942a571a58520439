import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { Aptitude, Profile, ProfileLink } from "@/lib/occupations/schema";
import type { ProfileMeta } from "@/lib/occupations/read";
import { licenseNotice } from "@/lib/occupations/attribution";
import { isWebUrl } from "@/lib/occupations/text-rules";
import { Breadcrumb } from "@/app/[locale]/(public)/_components/breadcrumb";
import { Reading } from "./reading";

function LinkedName({ link }: { link: ProfileLink }) {
  return link.slug ? <Link href={`/occupations/${link.slug}`}>{link.name}</Link> : <span>{link.name}</span>;
}

function Prose({ text }: { text: string }) {
  return (
    <div className="prose">
      {text.split(/\n{2,}/).map((para, i) => (
        <p key={i}>{para}</p>
      ))}
    </div>
  );
}

function AptitudeTable({ caption, rows }: { caption: string; rows: Aptitude[] }) {
  const t = useTranslations("Profile");
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("item")}</th>
          <th scope="col">{t("why")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r, i) => (
          <tr key={i}>
            <th scope="row">{r.item}</th>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ id, title, show, children }: { id: string; title: string; show: boolean; children: React.ReactNode }) {
  if (!show) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

function Chips({ items }: { items: string[] }) {
  return (
    <ul className="chips">
      {items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}

/** Every section of a profile card, in card order; empty sections are left out. */
export function ProfileView({ profile: p, meta, actions }: { profile: Profile; meta: ProfileMeta; actions?: React.ReactNode }) {
  const t = meta.tiers;
  const m = useTranslations("Profile");
  const b = useTranslations("Browse");
  const note = m("contentLanguageNote");
  return (
    <article className="profile">
      <Breadcrumb
        items={[
          { name: b("browse"), href: "/browse" },
          { name: t.major.name, href: `/browse/${t.major.slug}` },
          { name: t.middle.name, href: `/browse/${t.major.slug}/${t.middle.slug}` },
          { name: t.minor.name, href: `/browse/${t.major.slug}/${t.middle.slug}/${t.minor.slug}` },
          { name: p.name },
        ]}
      />
      <header className="profile-header">
        <h1>{p.name}</h1>
        {p.reading && (
          <p className="reading">
            <span className="visually-hidden">{m("reading")}</span>
            <Reading reading={p.reading} />
          </p>
        )}
      </header>
      {note && <p className="muted small">{note}</p>}
      {p.industry && <Prose text={p.industry} />}
      {p.summary && <p className="lead">{p.summary}</p>}
      {actions}
      <Section id="description" title={m("description")} show={!!p.description}>
        <Prose text={p.description} />
      </Section>
      <Section id="future-outlook" title={m("futureOutlook")} show={!!p.futureOutlook}>
        <Prose text={p.futureOutlook} />
      </Section>
      <Section id="personality-traits" title={m("personalityTraits")} show={p.personalityTraits.length > 0}>
        <Chips items={p.personalityTraits} />
      </Section>
      <Section id="work-style" title={m("workStyle")} show={!!p.workStyle}>
        <Prose text={p.workStyle} />
      </Section>
      <Section id="career-path" title={m("careerPath")} show={p.careerPath.length > 0}>
        <ol className="career">
          {p.careerPath.map((s, i) => (
            <li key={i}>
              <span className="step">
                <LinkedName link={s} />
              </span>
            </li>
          ))}
        </ol>
      </Section>
      <Section id="required-skills" title={m("requiredSkills")} show={p.requiredSkills.length > 0}>
        <Chips items={p.requiredSkills} />
      </Section>
      <Section id="recommended-skills" title={m("recommendedSkills")} show={p.recommendedSkills.length > 0}>
        <Chips items={p.recommendedSkills} />
      </Section>
      <Section id="aptitudes-strengths" title={m("strengths")} show={p.aptitudes.strengths.length > 0}>
        <AptitudeTable caption={m("strengthsCaption")} rows={p.aptitudes.strengths} />
      </Section>
      <Section id="aptitudes-weaknesses" title={m("weaknesses")} show={p.aptitudes.weaknesses.length > 0}>
        <AptitudeTable caption={m("weaknessesCaption")} rows={p.aptitudes.weaknesses} />
      </Section>
      <Section id="aliases" title={m("aliases")} show={p.aliases.length > 0}>
        <Chips items={p.aliases} />
      </Section>
      <Section id="related-jobs" title={m("relatedJobs")} show={p.relatedJobs.length > 0}>
        <ul>
          {p.relatedJobs.map((r, i) => (
            <li key={i}>
              <LinkedName link={r} />
            </li>
          ))}
        </ul>
      </Section>
      {p.source && (
        <p className="attribution">
          {m("source")}
          {/* Rows stored before the schema refused other schemes must not become javascript: links. */}
          {p.source.url && isWebUrl(p.source.url) ? <a href={p.source.url}>{p.source.name}</a> : p.source.name}
          {p.source.code ? ` (${p.source.code})` : ""}
          {p.source.license ? m("sourceLicense", { license: p.source.license }) : ""}.{licenseNotice(p) && <> {licenseNotice(p)}</>}
        </p>
      )}
    </article>
  );
}
