/**
 * Finds server entry points that skip their guard, by reading the source with the TypeScript parser
 * (not regexes, so comments, strings and formatting cannot fool it). Used by guard-coverage.test.ts;
 * nothing in the app imports it.
 *
 * The rules:
 * - every export of a "use server" file is `editorAction(...)`, `adminAction(...)` or
 *   `guardedAction(...)` imported from @/lib/auth/action (type exports are erased and allowed);
 * - no function has an inline "use server" directive (an inline action cannot be wrapped);
 * - every POST/PUT/PATCH/DELETE a route.ts exports calls `requireApiUser` from @/lib/auth/guards as a
 *   top-level statement of the handler (so no branch skips it), or is `methodNotAllowed(...)`;
 * - every page.tsx under app/(admin) calls `requireEditor()`/`requireAdmin()` as a top-level
 *   statement of its default export: a layout's check does not run for every request of a page.
 */
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

export type Violation = { file: string; line: number; message: string };

const ACTION_MODULE = "@/lib/auth/action";
const ACTION_WRAPPERS = new Set(["editorAction", "adminAction", "guardedAction"]);
const GUARDS_MODULE = "@/lib/auth/guards";
const WRITE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

type Imports = Map<string, { module: string; name: string }>;

function parse(file: string, text: string): ts.SourceFile {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
}

/** Local name → where it was imported from, so a home-made `editorAction` does not count. */
function importsOf(sf: ts.SourceFile): Imports {
  const map: Imports = new Map();
  for (const st of sf.statements) {
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || st.importClause?.isTypeOnly) continue;
    const bindings = st.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const el of bindings.elements) {
      if (!el.isTypeOnly) map.set(el.name.text, { module: st.moduleSpecifier.text, name: (el.propertyName ?? el.name).text });
    }
  }
  return map;
}

function directives(statements: ts.NodeArray<ts.Statement>): string[] {
  const out: string[] = [];
  for (const st of statements) {
    if (!ts.isExpressionStatement(st) || !ts.isStringLiteral(st.expression)) break;
    out.push(st.expression.text);
  }
  return out;
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind) =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function calleeIs(expr: ts.Expression | undefined, imports: Imports, module: string, names: Set<string>): boolean {
  if (!expr) return false;
  while (ts.isAwaitExpression(expr) || ts.isParenthesizedExpression(expr)) expr = expr.expression;
  if (!ts.isCallExpression(expr) || !ts.isIdentifier(expr.expression)) return false;
  const from = imports.get(expr.expression.text);
  return from !== undefined && from.module === module && names.has(from.name);
}

/** The value a local name is bound to at the top level of the file (`const x = …` or `function x`). */
function localBinding(sf: ts.SourceFile, name: string): ts.Node | undefined {
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name?.text === name) return st;
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d.initializer;
    }
  }
  return undefined;
}

type Export = { name: string; value: ts.Node | undefined; node: ts.Node; unresolvable?: string };

/** Follows `const a = b` / `export default b` to what `b` is bound to in the same file. */
function resolve(sf: ts.SourceFile, value: ts.Node | undefined): ts.Node | undefined {
  for (let hops = 0; value && ts.isIdentifier(value) && hops < 5; hops++) value = localBinding(sf, value.text);
  return value;
}

/** Every value export of a module (type-only exports left out). */
function valueExports(sf: ts.SourceFile): Export[] {
  const out: Export[] = [];
  for (const st of sf.statements) {
    if (ts.isVariableStatement(st) && hasModifier(st, ts.SyntaxKind.ExportKeyword)) {
      for (const d of st.declarationList.declarations) out.push({ name: d.name.getText(sf), value: resolve(sf, d.initializer), node: d });
    } else if (
      (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) &&
      hasModifier(st, ts.SyntaxKind.ExportKeyword)
    ) {
      const name = hasModifier(st, ts.SyntaxKind.DefaultKeyword) ? "default" : (st.name?.text ?? "default");
      out.push({ name, value: st, node: st });
    } else if (ts.isExportAssignment(st)) {
      out.push({ name: "default", value: resolve(sf, st.expression), node: st });
    } else if (ts.isExportDeclaration(st) && !st.isTypeOnly) {
      if (!st.exportClause || !ts.isNamedExports(st.exportClause)) {
        out.push({ name: "*", value: undefined, node: st, unresolvable: "`export *` hides what is exported" });
        continue;
      }
      for (const el of st.exportClause.elements) {
        if (el.isTypeOnly) continue;
        const local = (el.propertyName ?? el.name).getText(sf);
        if (st.moduleSpecifier)
          out.push({ name: el.name.getText(sf), value: undefined, node: el, unresolvable: "re-exported from another module" });
        else out.push({ name: el.name.getText(sf), value: resolve(sf, localBinding(sf, local)), node: el });
      }
    }
  }
  return out;
}

function at(sf: ts.SourceFile, node: ts.Node, message: string): Violation {
  return { file: sf.fileName, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, message };
}

type FunctionLike = ts.FunctionDeclaration | ts.FunctionExpression | ts.ArrowFunction;
const isFunctionLike = (n: ts.Node | undefined): n is FunctionLike =>
  !!n && (ts.isFunctionDeclaration(n) || ts.isFunctionExpression(n) || ts.isArrowFunction(n));

/** Whether one of the function's own top-level statements calls the guard (so no branch skips it). */
function callsAtTopLevel(fn: FunctionLike, imports: Imports, module: string, names: Set<string>): boolean {
  const body = fn.body;
  if (!body) return false;
  if (!ts.isBlock(body)) return calleeIs(body, imports, module, names);
  return body.statements.some((st) => {
    if (ts.isExpressionStatement(st)) return calleeIs(st.expression, imports, module, names);
    if (ts.isVariableStatement(st)) return st.declarationList.declarations.some((d) => calleeIs(d.initializer, imports, module, names));
    return false;
  });
}

function checkServerActionFile(sf: ts.SourceFile, imports: Imports): Violation[] {
  return valueExports(sf)
    .filter((e) => e.unresolvable || !calleeIs(e.value as ts.Expression | undefined, imports, ACTION_MODULE, ACTION_WRAPPERS))
    .map((e) =>
      at(
        sf,
        e.node,
        `server action "${e.name}" is not built with editorAction/adminAction from ${ACTION_MODULE}${e.unresolvable ? ` (${e.unresolvable})` : ""}`,
      ),
    );
}

function inlineServerActions(sf: ts.SourceFile): Violation[] {
  const out: Violation[] = [];
  const visit = (node: ts.Node) => {
    if (isFunctionLike(node) && node.body && ts.isBlock(node.body) && directives(node.body.statements).includes("use server")) {
      out.push(at(sf, node, 'inline "use server" function: move it to an actions.ts file and build it with editorAction/adminAction'));
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Opaque route handlers whose own library does the checking; each needs its reason. */
const ROUTES_GUARDED_ELSEWHERE: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own handler: sign-in and sign-out with its CSRF token",
};

function checkRouteFile(sf: ts.SourceFile, imports: Imports, relPath: string): Violation[] {
  if (ROUTES_GUARDED_ELSEWHERE[relPath]) return [];
  const out: Violation[] = [];
  for (const e of valueExports(sf)) {
    if (!WRITE_METHODS.has(e.name)) continue;
    let value = e.value;
    if (value && calleeIs(value as ts.Expression, imports, "@/lib/http/body", new Set(["methodNotAllowed"]))) continue;
    // `handle(fn)` maps thrown errors to JSON; the guard is inside fn.
    if (value && ts.isCallExpression(value) && calleeIs(value, imports, "@/lib/http/handle", new Set(["handle"])))
      value = value.arguments[0];
    if (!e.unresolvable && isFunctionLike(value) && callsAtTopLevel(value, imports, GUARDS_MODULE, new Set(["requireApiUser"]))) continue;
    out.push(
      at(
        sf,
        e.node,
        `${e.name} handler does not call requireApiUser from ${GUARDS_MODULE} at the top of its body${e.unresolvable ? ` (${e.unresolvable})` : ""}`,
      ),
    );
  }
  return out;
}

function checkAdminPage(sf: ts.SourceFile, imports: Imports): Violation[] {
  const page = valueExports(sf).find((e) => e.name === "default");
  if (!page) return [];
  if (isFunctionLike(page.value) && callsAtTopLevel(page.value, imports, GUARDS_MODULE, new Set(["requireEditor", "requireAdmin"])))
    return [];
  return [at(sf, page.node, `admin page does not call requireEditor()/requireAdmin() from ${GUARDS_MODULE} at the top of its body`)];
}

/** All violations in one source file; `relPath` is relative to the project root, with forward slashes. */
export function checkSource(relPath: string, text: string): Violation[] {
  const sf = parse(relPath, text);
  const imports = importsOf(sf);
  const out = inlineServerActions(sf);
  if (directives(sf.statements).includes("use server")) out.push(...checkServerActionFile(sf, imports));
  const base = path.posix.basename(relPath);
  if (relPath.startsWith("app/") && /^route\.tsx?$/.test(base)) out.push(...checkRouteFile(sf, imports, relPath));
  if (relPath.startsWith("app/(admin)/") && base === "page.tsx") out.push(...checkAdminPage(sf, imports));
  return out;
}

/** The .ts/.tsx files under `dirs` (relative to `root`), as forward-slash relative paths. */
export function sourceFiles(root: string, dirs: string[]): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(child);
    }
  };
  for (const dir of dirs) walk(dir);
  return out.sort();
}
