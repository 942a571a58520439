import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** Argument and tag names a message uses: a translation must use the same ones. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    out.add(e.value);
    if (e.type === TYPE.plural || e.type === TYPE.select) for (const o of Object.values(e.options)) argumentsOf(o.value, out);
    if (e.type === TYPE.tag) argumentsOf(e.children, out);
  }
  return out;
}

const messages = { en: flatten(en), ja: flatten(ja) };

describe("message files", () => {
  it("have the same keys in English and Japanese", () => {
    const missingInJa = [...messages.en.keys()].filter((k) => !messages.ja.has(k));
    const missingInEn = [...messages.ja.keys()].filter((k) => !messages.en.has(k));
    expect({ missingInJa, missingInEn }).toEqual({ missingInJa: [], missingInEn: [] });
  });

  it("parse as ICU messages that take the same arguments in both languages", () => {
    const differing: string[] = [];
    for (const [key, text] of messages.en) {
      const other = messages.ja.get(key);
      if (other === undefined) continue;
      const a = [...argumentsOf(parse(text))].sort().join(",");
      const b = [...argumentsOf(parse(other))].sort().join(",");
      // A language may leave out a plural count it does not inflect for, never add an unknown one.
      if (!b.split(",").every((arg) => !arg || a.split(",").includes(arg))) differing.push(`${key}: en {${a}} ja {${b}}`);
    }
    expect(differing).toEqual([]);
  });
});

// Attributes a reader sees or hears; a literal in one of them is an untranslated string.
const VISIBLE_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label", "legend", "hint", "singular", "caption"]);

function literalsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}/u.test(node.initializer.text))
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    if (ts.isJsxExpression(node) && node.expression && (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) && /\p{L}/u.test(node.expression.text))
      found.push(node.expression.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? tsxFiles(p) : p.endsWith(".tsx") ? [p] : [];
  });
}

// Admin screens still waiting for their messages (shrinks to nothing; a file listed here that has
// no literal left fails the test, so the list cannot go stale).
const NOT_YET_TRANSLATED = new Set<string>([
  "app/(admin)/admin/account/_components/change-password-form.tsx",
  "app/(admin)/admin/account/page.tsx",
  "app/(admin)/admin/audit/page.tsx",
  "app/(admin)/admin/classifications/_components/add-tier-form.tsx",
  "app/(admin)/admin/classifications/_components/tier-panel.tsx",
  "app/(admin)/admin/classifications/page.tsx",
  "app/(admin)/admin/import/_components/import-form.tsx",
  "app/(admin)/admin/import/page.tsx",
  "app/(admin)/admin/occupations/_components/related-jobs-field.tsx",
  "app/(admin)/admin/users/_components/create-user-form.tsx",
  "app/(admin)/admin/users/_components/user-actions.tsx",
  "app/(admin)/admin/users/page.tsx",
]);

describe("pages and components", () => {
  it("leave no user-visible text literal in JSX: every string comes from the message files", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const found = tsxFiles(path.join(root, "app")).map((f) => [path.relative(root, f), literalsIn(f)] as const);
    const offenders = found.filter(([file, literals]) => literals.length > 0 && !NOT_YET_TRANSLATED.has(file));
    const stale = found.filter(([file, literals]) => literals.length === 0 && NOT_YET_TRANSLATED.has(file)).map(([file]) => file);
    expect({ offenders: Object.fromEntries(offenders), stale }).toEqual({ offenders: {}, stale: [] });
  });
});
