import type { routing } from "@/i18n/routing";
import type messages from "./messages/en.json";

// Typed keys: a t("…") call with a key missing from messages/en.json fails `tsc`.
declare module "next-intl" {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
