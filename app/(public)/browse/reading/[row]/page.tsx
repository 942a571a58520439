import type { Metadata } from "next";
import { RowPage, rowMetadata } from "../_components/row-page";

type Props = { params: Promise<{ row: string }> };
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return rowMetadata((await params).row);
}

export default async function ReadingRowPage({ params }: Props) {
  return <RowPage segment={(await params).row} />;
}
