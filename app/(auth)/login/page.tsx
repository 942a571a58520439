import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionUser } from "@/lib/auth/guards";
import { LoginForm } from "./_components/login-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Admin.Login"))("title") };
}
export const dynamic = "force-dynamic";

/** Only an admin path on this site: a full URL here would be an open redirect. */
function safeCallback(url: string | undefined): string {
  try {
    const u = new URL(url ?? "/admin", "http://localhost");
    return u.pathname.startsWith("/admin") ? `${u.pathname}${u.search}` : "/admin";
  } catch {
    return "/admin";
  }
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; error?: string; reason?: string }>;
}) {
  const { callbackUrl, error, reason } = await searchParams;
  const target = safeCallback(callbackUrl);
  if (await getSessionUser()) redirect(target);
  const t = await getTranslations("Admin.Login");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {reason === "password-changed" && (
        <p role="status" className="alert success">
          {t("passwordChanged")}
        </p>
      )}
      <LoginForm callbackUrl={target} initialError={error ? t("failed") : undefined} />
    </>
  );
}
