import type { Metadata } from "next";
import { TierPage, tierMetadata } from "../../../tier-page";

type Props = { params: Promise<{ major: string; middle: string; minor: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major, middle, minor } = await params;
  return tierMetadata([major, middle, minor]);
}

export default async function MinorPage({ params }: Props) {
  const { major, middle, minor } = await params;
  return <TierPage slugs={[major, middle, minor]} />;
}
