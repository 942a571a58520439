import type { Metadata } from "next";
import { TierPage, tierMetadata } from "../../tier-page";

type Props = { params: Promise<{ major: string; middle: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { major, middle } = await params;
  return tierMetadata([major, middle]);
}

export default async function MiddlePage({ params }: Props) {
  const { major, middle } = await params;
  return <TierPage slugs={[major, middle]} />;
}
