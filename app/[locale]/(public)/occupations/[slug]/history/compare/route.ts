import { hasLocale } from "next-intl";
import { localePath } from "@/i18n/locale-path";
import { routing } from "@/i18n/routing";
import { versionRange } from "@/lib/revisions/version-range";

/**
 * The "compare any two versions" form works without JavaScript: it sends ?from=&to= here, and the
 * answer is a redirect to the comparison's own path, which stays cacheable.
 */
export async function GET(req: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const url = new URL(req.url);
  const { locale, slug } = await params;
  const from = Number(url.searchParams.get("from"));
  const to = Number(url.searchParams.get("to"));
  // Back to the page in the language the form was on (/ja/... or unprefixed English).
  const history = localePath(
    hasLocale(routing.locales, locale) ? locale : routing.defaultLocale,
    `/occupations/${encodeURIComponent(slug)}/history`,
  );
  const ok = (n: number) => Number.isInteger(n) && n > 0 && n < 1e9;
  const target = ok(from) && ok(to) ? `${history}/${versionRange(from, to)}` : history;
  return new Response(null, { status: 303, headers: { Location: target } });
}
