import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { describeReverseLinks } from "@/app/(admin)/admin/occupations/_components/save-result";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

const outcomes = [
  { slug: "a", name: "Electrician", result: "added" as const, published: true },
  { slug: "b", name: "Baker", result: "added" as const, published: false },
  { slug: "c", name: "Chef", result: "already" as const },
  { slug: "d", name: "Dancer", result: "failed" as const, reason: "full" as const },
  { slug: "e", name: "e", result: "failed" as const, reason: "notFound" as const },
];

describe("notices after a save that links back from other profiles", () => {
  it("read in English as before and in Japanese on a Japanese admin", () => {
    const say = (messages: typeof en, locale: "en" | "ja") =>
      describeReverseLinks(outcomes, createTranslator({ locale, messages, namespace: "Admin.Save" }));
    expect(say(en, "en")).toEqual([
      "Also added to the related jobs of “Electrician” (published).",
      "Also added to the related jobs of “Baker” (saved as a draft of that profile; publish it there).",
      "“Chef” already lists this profile in its related jobs.",
      "Could not add this profile to the related jobs of “Dancer”: it already has 50 related jobs. Add it there by hand.",
      "Could not add this profile to the related jobs of “e”: not found. Add it there by hand.",
    ]);
    expect(say(ja as typeof en, "ja")).toEqual([
      "「Electrician」の関連職業にも追加しました（公開済み）。",
      "「Baker」の関連職業にも追加しました（そのプロフィールの下書きとして保存しました。そちらで公開してください）。",
      "「Chef」の関連職業には、すでにこのプロフィールがあります。",
      "「Dancer」の関連職業にこのプロフィールを追加できませんでした（関連職業がすでに50件あります）。そちらで手作業で追加してください。",
      "「e」の関連職業にこのプロフィールを追加できませんでした（見つかりません）。そちらで手作業で追加してください。",
    ]);
  });
});
