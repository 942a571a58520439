import { describe, expect, it } from "vitest";
import { problemTranslator } from "@/i18n/translator";
import { CSV_COLUMNS } from "./csv-layout";
import { decodeCardFile } from "./decode-card";
import { decodeCsvFile } from "./decode-csv";
import { decodeJsonFile } from "./decode-json";
import { decodeBytes } from "./read-files";
import type { ImportError } from "./records";
import { decodeUploads } from "./upload";

const ja = problemTranslator("ja");
const en = problemTranslator("en");

const card = (body: string) => decodeCardFile("c.txt", body).flatMap((r) => r.errors);

/** Broken files of every kind the admin import reads, one or more problems each. */
async function brokenFiles(): Promise<ImportError[]> {
  const header = CSV_COLUMNS.join(",");
  return [
    ...card(""),
    ...card("Baker\nSummary\nBakes.\nSummary\nAgain.\n"),
    ...card("Baker\nClassification\n- Major : A\n- Major : B\nsomething else\nAliases\nnot a bullet\nSlug\nNot A Slug\n"),
    ...card(
      "Baker\nClassification\n- Major : A\n- Middle : B\n- Minor : C\nAptitudes (Strengths Preferred)\nno table\n| a | b | c |\nrequired skills\n",
    ),
    ...card("Classification\n- Major : A\n"),
    ...card("Baker\nひらがな\nstray text\nClassification\n- Major : A\n- Middle : B\n- Minor : C\nSlug\na\nb\n"),
    ...card("Baker\n労働組合\nClassification\n- Major : A\n- Middle : B\n- Minor : C\n"),
    ...decodeCsvFile("a.csv", "").flatMap((r) => r.errors),
    ...decodeCsvFile("b.csv", "nme,name,name\n").flatMap((r) => r.errors),
    ...decodeCsvFile("c.csv", `${header}\n`).flatMap((r) => r.errors),
    ...decodeCsvFile("d.csv", `${header}\nOnly,two\n`).flatMap((r) => r.errors),
    ...decodeCsvFile("e.csv", `${header}\n"open,x,A,B,C\n`).flatMap((r) => r.errors),
    ...decodeJsonFile("a.json", "{").flatMap((r) => r.errors),
    ...decodeJsonFile("b.json", "3").flatMap((r) => r.errors),
    ...decodeJsonFile("c.json", "[]").flatMap((r) => r.errors),
    ...decodeJsonFile("d.json", '[1, {"name": "", "sumary": "x"}]').flatMap((r) => r.errors),
    ...decodeBytes("x.doc", new Uint8Array([65])).flatMap((r) => r.errors),
    ...decodeBytes("x.txt", new Uint8Array([0xff, 0xfe])).flatMap((r) => r.errors),
    ...(await decodeUploads([])).errors,
    ...(await decodeUploads([{ name: "notes.pdf", bytes: new Uint8Array(1) }])).errors,
    ...(await decodeUploads([{ name: "broken.zip", bytes: new Uint8Array([1, 2, 3]) }])).errors,
  ];
}

describe("import problems in the editor's language", () => {
  it("word every problem of every format in Japanese, keeping its file and line", async () => {
    const errors = await brokenFiles();
    expect(errors.length).toBeGreaterThan(30);
    const untranslated = errors.filter((e) => !e.phrase || ja(e) === e.message);
    expect(untranslated.map((e) => e.message)).toEqual([]);
    for (const e of errors) expect(en(e)).toBe(e.message);
  });

  it("name the field by its Japanese label and the JSON record by number", async () => {
    const said = (await brokenFiles()).map(ja);
    expect(said).toContain("レコード1：プロフィールのオブジェクトが必要です");
    expect(said).toContain("レコード2：職業名（name）：入力してください");
    expect(said).toContain("レコード2：sumary：不明なキーです");
    expect(said).toContain("読み（reading）：ひらがなかカタカナだけで入力してください");
    expect(said).toContain("職業分類（classification）：大分類（Major）が2回指定されています");
    expect(said).toContain("スラッグ（slug）：1行だけにしてください");
    expect(said).toContain("セクション「Summary」が重複しています（最初は2行目）");
    expect(said).toContain("不明なセクション見出し「required skills」です（「Required Skills」の誤りではありませんか）");
    expect(said).toContain("表の行には2つのセル（項目と理由）が必要ですが、セルが3個ありました");
    expect(said).toContain(`この行のセルは2個ですが、見出し行は${CSV_COLUMNS.length}列です`);
    expect(said).toContain("列「major」がありません");
    expect(said).toContain("対応していないファイル形式「.pdf」です。.txt, .json, .csv, .zipを使ってください");
  });
});
