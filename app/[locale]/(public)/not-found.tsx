import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function NotFound() {
  const t = useTranslations("Errors");
  return (
    <>
      <h1>{t("notFoundTitle")}</h1>
      <p>{t("notFoundPublic")}</p>
      <p>
        {t.rich("notFoundLinks", {
          browse: (chunks) => <Link href="/browse">{chunks}</Link>,
          search: (chunks) => <Link href="/search">{chunks}</Link>,
        })}
      </p>
    </>
  );
}
