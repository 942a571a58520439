import { notFound } from "next/navigation";
import { pageLocale } from "@/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

/** Any other path under a locale: the public layout's not-found page, in that page's language. */
export default async function UnknownPage({ params }: Props) {
  await pageLocale(params);
  notFound();
}
