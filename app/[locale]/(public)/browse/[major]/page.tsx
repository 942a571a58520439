import type { Metadata } from "next";
import { TierPage, tierMetadata } from "../tier-page";

type Props = { params: Promise<{ major: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major } = await params;
  return tierMetadata([major]);
}

export default async function MajorPage({ params }: Props) {
  const { major } = await params;
  return <TierPage slugs={[major]} />;
}
