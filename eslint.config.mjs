import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // `_name` marks a value taken out on purpose (e.g. `status: _status` dropped from a body).
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Rules that need types: a forgotten `await` is a silent bug today and a lost write once the
    // data layer is truly async (the PostgreSQL port).
    files: ["**/*.{ts,tsx,mts}"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/await-thenable": "error",
      // `onSubmit={form.handleSubmit(save)}` is how react-hook-form is used; React ignores the promise.
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Layering: no import circles (the steps after a write are called by one owner, after-write.ts).
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "db/**/*.ts"],
    rules: { "import/no-cycle": "error" },
  },
  {
    // Domain code awaits Drizzle's builders (db/store.ts): the driver's synchronous calls and its
    // client exist on SQLite only, so they stay inside db/ (bulk-insert.ts is the one SQLite bulk path).
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    ignores: ["**/*.test.ts", "lib/occupations/bulk-insert.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[arguments.length=0] > MemberExpression.callee > Identifier.property[name=/^(get|all|run)$/]",
          message: "Await the query builder instead of the driver's synchronous .get()/.all()/.run() (see db/store.ts).",
        },
        { selector: "MemberExpression > Identifier.property[name='$client']", message: "The driver's client stays inside db/." },
        {
          selector: "CallExpression > MemberExpression.callee > Identifier.property[name='prepare']",
          message: "Prepared statements stay inside db/.",
        },
      ],
    },
  },
  {
    // Playwright's fixture callback `use` and test helpers named `use…` are not React hooks.
    files: ["e2e/**", "test/**", "**/*.test.ts"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // react-hook-form's handleSubmit(onValid, onInvalid) and register(name, { onChange }) only build
    // handlers; the React Compiler rule cannot know they don't run during render, and flags every ref
    // the callbacks touch.
    files: ["app/(admin)/admin/occupations/_components/occupation-form.tsx"],
    rules: { "react-hooks/refs": "off" },
  },
  // Formatting is Prettier's job: turn off every rule that would argue with it.
  prettier,
  globalIgnores([
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "data/**",
    "test-results/**",
    "playwright-report/**",
    "drizzle/**",
    "tmp/**",
  ]),
]);
