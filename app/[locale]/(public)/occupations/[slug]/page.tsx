import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProfileView } from "@/app/_components/profile-view";
import { env } from "@/lib/env";
import { occupationJsonLd, scriptSafeJson } from "@/lib/occupations/json-ld";
import { getPublishedOccupation } from "@/lib/occupations/read";

type Props = { params: Promise<{ slug: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getPublishedOccupation((await params).slug);
  if (!found) return { title: "Not found" };
  const p = found.profile;
  return {
    title: p.name,
    description: p.summary || p.description.slice(0, 160),
    alternates: { canonical: `/occupations/${p.slug}` },
  };
}

export default async function OccupationPage({ params }: Props) {
  const found = await getPublishedOccupation((await params).slug);
  if (!found) notFound();
  const { profile, meta } = found;
  return (
    <>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptSafeJson(occupationJsonLd(profile, env.baseUrl)) }} />
      <ProfileView
        profile={profile}
        meta={meta}
        actions={
          <p className="actions">
            <a className="button secondary" href={`/api/v1/occupations/${profile.slug}?format=card&download=1`}>Download card</a>
            <a className="button secondary" href={`/api/v1/occupations/${profile.slug}?download=1`}>Download JSON</a>
          </p>
        }
      />
      <p className="muted">Last updated <time dateTime={meta.updatedAt}>{meta.updatedAt.slice(0, 10)}</time></p>
    </>
  );
}
