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
    if (
      ts.isJsxAttribute(node) &&
      VISIBLE_ATTRIBUTES.has(node.name.getText()) &&
      node.initializer &&
      ts.isStringLiteral(node.initializer) &&
      /\p{L}/u.test(node.initializer.text)
    )
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      (ts.isStringLiteral(node.expression) || ts.isNoSubstitutionTemplateLiteral(node.expression)) &&
      /\p{L}/u.test(node.expression.text)
    )
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

describe("pages and components", () => {
  it("leave no user-visible text literal in JSX: every string comes from the message files", () => {
    const root = path.resolve(import.meta.dirname, "..");
    const offenders = tsxFiles(path.join(root, "app"))
      .map((f) => [path.relative(root, f), literalsIn(f)] as const)
      .filter(([, found]) => found.length > 0);
    expect(Object.fromEntries(offenders)).toEqual({});
  });
});
