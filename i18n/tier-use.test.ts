import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { formatTierUse } from "./tier-use";

function words(locale: "en" | "ja") {
  const messages = (locale === "en" ? en : ja) as typeof en;
  const use = createTranslator({ locale, messages, namespace: "Admin.Tiers.inUse" });
  const form = createTranslator({ locale, messages, namespace: "Admin.Form.level" });
  return { phrase: use, level: (l: number) => form(l === 2 ? "middle" : l === 3 ? "minor" : "major") };
}

describe("why a classification entry cannot be deleted", () => {
  it("lists what uses it in the editor's language", () => {
    const use = { live: 3, deleted: 1, groups: 2, childLevel: 3 as const };
    expect(formatTierUse(use, "en", words("en"))).toBe("3 occupations, 1 deleted occupation (kept for undo), and 2 Minor groups use it");
    expect(formatTierUse(use, "ja", words("ja"))).toBe("職業3件、削除済みの職業1件（元に戻せるよう保管中）、小分類2件が使用しています");
  });

  it("agrees in number with one user", () => {
    expect(formatTierUse({ live: 1, deleted: 0, groups: 0 }, "en", words("en"))).toBe("1 occupation uses it");
  });
});
