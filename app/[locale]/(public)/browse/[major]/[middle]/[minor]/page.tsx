import type { Metadata } from "next";
import { TierPage, tierMetadata } from "../../../tier-page";

type Props = { params: Promise<{ major: string; middle: string; minor: string }>; searchParams: Promise<{ page?: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major, middle, minor } = await params;
  return tierMetadata([major, middle, minor]);
}

export default async function MinorPage({ params, searchParams }: Props) {
  const { major, middle, minor } = await params;
  const page = Number.parseInt((await searchParams).page ?? "1", 10);
  return <TierPage slugs={[major, middle, minor]} page={Number.isFinite(page) ? page : 1} />;
}
