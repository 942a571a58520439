import { versionRange } from "@/lib/revisions/version-range";

/**
 * The "compare any two versions" form works without JavaScript: it sends ?from=&to= here, and the
 * answer is a redirect to the comparison's own path, which stays cacheable.
 */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const url = new URL(req.url);
  const { slug } = await params;
  const from = Number(url.searchParams.get("from"));
  const to = Number(url.searchParams.get("to"));
  const history = `/occupations/${encodeURIComponent(slug)}/history`;
  const ok = (n: number) => Number.isInteger(n) && n > 0 && n < 1e9;
  const target = ok(from) && ok(to) ? `${history}/${versionRange(from, to)}` : history;
  return new Response(null, { status: 303, headers: { Location: target } });
}
