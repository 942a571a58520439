import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { compileErrors, validate } from "@readme/openapi-parser";
import type { OpenAPIV3_1 } from "openapi-types";
import { beforeAll, describe, expect, it } from "vitest";
import { getTierTree } from "@/lib/classifications/browse";
import { compareOccupations } from "@/lib/compare/compare";
import { comparison } from "@/lib/compare/schema";
import { decodeFiles, expandPaths } from "@/lib/interchange/read-files";
import { importRecords } from "@/lib/interchange/import";
import { getPublishedOccupation } from "@/lib/occupations/read";
import { searchOccupations } from "@/lib/search/search";
import { suggestOccupations } from "@/lib/search/suggest";
import { openApiDocument } from "./document";
import { classificationsResponse, profile, searchResponse, suggestResponse } from "./responses";

const root = path.resolve(__dirname, "../..");
const API = path.join(root, "app/api/v1");
const doc = () => openApiDocument("http://localhost:3000") as OpenAPIV3_1.Document;

/** Every route.ts under app/api/v1, as its URL path (`[slug]` → `{slug}`). */
function routeFiles(dir = API): { file: string; urlPath: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(p);
    if (e.name !== "route.ts") return [];
    const rel = path.relative(path.join(root, "app"), path.dirname(p)).split(path.sep);
    return [{ file: path.relative(root, p), urlPath: `/${rel.map((s) => s.replace(/^\[(.+)\]$/, "{$1}")).join("/")}` }];
  });
}

/** The HTTP methods a route file really handles (not the shared 405 answer). */
function handledMethods(file: string): string[] {
  const src = readFileSync(path.join(root, file), "utf8");
  return [...src.matchAll(/export (?:const (GET|POST|PUT|PATCH|DELETE) =|async function (GET|POST|PUT|PATCH|DELETE)\b)/g)].map((m) =>
    (m[1] ?? m[2]).toLowerCase(),
  );
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const d = doc();
    expect(d.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(d) as never);
    expect(result.valid ? "" : compileErrors(result)).toBe("");
  });

  it("describes every route handler under app/api/v1, each method it handles", () => {
    const files = routeFiles();
    expect(files.length).toBeGreaterThanOrEqual(8);
    const paths = doc().paths ?? {};
    for (const { file, urlPath } of files) {
      expect(paths, `${file} is not in the document`).toHaveProperty([urlPath]);
      const methods = handledMethods(file);
      expect(methods.length, `${file} exports no handler`).toBeGreaterThan(0);
      for (const m of methods) expect(paths[urlPath], `${m.toUpperCase()} ${urlPath}`).toHaveProperty(m);
    }
  });

  it("states the auth schemes, and writes require one of them", () => {
    const d = doc();
    expect(d.components?.securitySchemes).toMatchObject({
      bearerToken: { type: "http", scheme: "bearer" },
      sessionCookie: { type: "apiKey", in: "cookie" },
    });
    const writes = [
      d.paths?.["/api/v1/occupations"]?.post,
      d.paths?.["/api/v1/occupations/{slug}"]?.put,
      d.paths?.["/api/v1/occupations/{slug}"]?.delete,
    ];
    for (const op of writes) {
      expect(op?.security).toEqual([{ bearerToken: [] }, { sessionCookie: [] }]);
      expect(Object.keys(op?.responses ?? {})).toEqual(
        expect.arrayContaining(["400", "401", "403"].filter((c) => c !== "400" || op !== writes[2])),
      );
    }
    // Request bodies and parameters come from the zod schemas the routes parse with.
    const put = d.paths?.["/api/v1/occupations/{slug}"]?.put as OpenAPIV3_1.OperationObject;
    expect(put.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: "header", name: "if-match", required: true })]));
    const write = d.components?.schemas?.ProfileWrite as OpenAPIV3_1.SchemaObject;
    expect(write.properties?.name).toMatchObject({ type: "string", maxLength: 120 });
    expect(write.required).toEqual(expect.arrayContaining(["name", "classification", "aptitudes"]));
  });

  describe("answers match their documented schemas", () => {
    beforeAll(async () => {
      const { files } = await expandPaths([path.join(root, "db/demo")], "card");
      const report = await importRecords(await decodeFiles(files), { actor: "test" });
      expect(report.errors).toEqual([]);
    });
    // parse() drops keys a schema does not know: equal only when nothing was undocumented.
    const same = <T>(schema: { parse: (v: unknown) => T }, value: unknown) => expect(schema.parse(value)).toEqual(value);

    it("profile, search, suggest, classifications, compare", async () => {
      same(profile, (await getPublishedOccupation("labor-union-secretary-general"))!.profile);
      const found = await searchOccupations({ q: "union", page: 1, pageSize: 5 });
      expect(found.results.length).toBeGreaterThan(0);
      same(searchResponse, found);
      same(searchResponse, { ...found, relaxed: { q: "union", dropped: ["xyzzy"] } });
      same(suggestResponse, { suggestions: await suggestOccupations("labor") });
      const strip = (n: Awaited<ReturnType<typeof getTierTree>>[number]): unknown => ({
        name: n.name,
        slug: n.slug,
        count: n.count,
        children: n.children.map(strip),
      });
      same(classificationsResponse, { tiers: (await getTierTree()).map(strip) });
      same(comparison, await compareOccupations(["labor-union-chairperson", "baker", "nope"]));
    });
  });
});
