"use client";

import { useTranslations } from "next-intl";

export default function PublicError({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Errors");
  return (
    <>
      <h1>{t("somethingWrong")}</h1>
      <p>{t("publicRetry")}</p>
      <button type="button" onClick={reset}>
        {t("tryAgain")}
      </button>
    </>
  );
}
