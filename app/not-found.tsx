import { localePath } from "@/i18n/locale-path";
import type { Locale } from "@/i18n/routing";
import { BilingualNotice } from "./_components/bilingual-notice";

/** Paths outside every locale, and unknown admin ids. */
export default function NotFound() {
  return (
    <BilingualNotice keys={{ title: "notFoundTitle", text: "notFoundAny", link: "home" }} href={(l) => localePath(l as Locale, "/")} />
  );
}
