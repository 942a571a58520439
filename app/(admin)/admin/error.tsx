"use client";

import { useTranslations } from "next-intl";

export default function AdminError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <>
      <h1>{t("somethingWrong")}</h1>
      <p>{t("adminRetry")}</p>
      <button type="button" onClick={reset}>
        {t("tryAgain")}
      </button>
    </>
  );
}
