/**
 * `npm run bench`: performance figures, each as a ratio against a baseline measured in the same
 * run (the machine is shared, so absolute numbers drift; ratios much less). Writes docs/benchmarks.md.
 *
 * Environment: BENCH_COUNT (100000) and BENCH_SMALL (1000) profiles, BENCH_SECONDS (8) per
 * autocannon run, BENCH_PORT (3700; 3701 for the bare server), BENCH_ONET (../shared/data/onet),
 * BENCH_ROTATE (1000 distinct profiles for the rotation figure), BENCH_RSS_PAGES (10000 distinct
 * profile pages before reading the server's memory), BENCH_PUBLISHES (20).
 */
import { cachedPageFigures } from "./bench-cached-pages";
import { postgresRows } from "./bench-pg-rows";
import { qualityFigures } from "./bench-quality";
import { WORD_QUERIES } from "./bench-worker-queries";
import { ensureBuild, ROOT, stopChildren, tsx } from "./bench-process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { cpus, hostname, tmpdir } from "node:os";
import path from "node:path";

const COUNT = Number(process.env.BENCH_COUNT ?? 100_000);
const SMALL = Number(process.env.BENCH_SMALL ?? 1_000);
const PORT = Number(process.env.BENCH_PORT ?? 3700);
const ONET = path.resolve(ROOT, process.env.BENCH_ONET ?? "../shared/data/onet");
const SOC = path.resolve(ONET, "../soc2018/soc_structure_2018.csv");
const work = mkdtempSync(path.join(tmpdir(), "catalog-bench-"));
const log = (s: string) => process.stdout.write(`[bench] ${s}\n`);

function generate(db: string, count: number) {
  const t = performance.now();
  const out = tsx(["lib/cli/main.ts", "generate", "--count", String(count), "--seed", "1"], db);
  return { seconds: (performance.now() - t) / 1000, line: out.trim() };
}

const worker = (args: string[], db: string, nodeArgs: string[] = []) =>
  JSON.parse(
    tsx(["scripts/bench-worker.ts", ...args], db, nodeArgs)
      .trim()
      .split("\n")
      .pop()!,
  );

/**
 * Milliseconds from a publish (the API's answer) to the new text on the public page, for each of
 * `slugs` (each page is cached first), sorted.
 */
async function latencies(urls: string[], rounds: number) {
  const samples: number[] = [];
  for (const u of urls) await (await fetch(u)).arrayBuffer();
  for (let i = 0; i < rounds; i++) {
    for (const u of urls) {
      const t = performance.now();
      const res = await fetch(u);
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`${u}: ${res.status}`);
      samples.push(performance.now() - t);
    }
  }
  samples.sort((a, b) => a - b);
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

/** Bytes of the JavaScript files a page's HTML loads (its first load), and the framework's own. */
async function firstLoadJs(base: string, pagePath: string) {
  const html = await (await fetch(`${base}${pagePath}`)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"/g)].map((m) => m[1]))];
  const size = (src: string) => statSync(path.join(ROOT, ".next", src.replace(/^\/_next\//, "").split("?")[0])).size;
  const manifest = JSON.parse(readFileSync(path.join(ROOT, ".next/build-manifest.json"), "utf8")) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const framework = [...manifest.rootMainFiles].reduce((n, f) => n + statSync(path.join(ROOT, ".next", f)).size, 0);
  return { page: srcs.reduce((n, s) => n + size(s), 0), files: srcs.length, framework, htmlBytes: Buffer.byteLength(html) };
}

type Row = { name: string; value: string; baseline: string; ratio: number; goal: string; met?: boolean };

async function main() {
  const started = performance.now();
  ensureBuild(log);
  const rows: Row[] = [];
  const notes: string[] = [];

  log(`generating ${SMALL} and ${COUNT} synthetic profiles…`);
  const smallDb = path.join(work, "small.db");
  const bigDb = path.join(work, "big.db");
  generate(smallDb, SMALL);
  const gen = generate(bigDb, COUNT);
  log(gen.line);
  notes.push(`generate --count ${COUNT}: ${gen.seconds.toFixed(1)} s wall (${gen.line.replace(/^generated \d+ profiles /, "")})`);

  log("search latency in-process at both sizes…");
  const small = worker(["search"], smallDb);
  const big = worker(["search"], bigDb);
  rows.push({
    name: `2. search p50 at ${COUNT} ÷ at ${SMALL}`,
    value: `${big.search.p50.toFixed(2)} ms`,
    baseline: `${small.search.p50.toFixed(2)} ms`,
    ratio: big.search.p50 / small.search.p50,
    goal: "≤ 2",
    met: big.search.p50 / small.search.p50 <= 2,
  });
  rows.push({
    name: `2. search p95 at ${COUNT} ÷ at ${SMALL}`,
    value: `${big.search.p95.toFixed(2)} ms`,
    baseline: `${small.search.p95.toFixed(2)} ms`,
    ratio: big.search.p95 / small.search.p95,
    goal: "≤ 2, and p95 ≤ 30 ms",
    met: big.search.p95 / small.search.p95 <= 2 && big.search.p95 <= 30,
  });
  notes.push(
    `suggest at ${COUNT}: p50 ${big.suggest.p50.toFixed(2)} ms, p95 ${big.suggest.p95.toFixed(2)} ms (at ${SMALL}: ${small.suggest.p50.toFixed(2)} / ${small.suggest.p95.toFixed(2)} ms)`,
  );

  log("kanji analyser: load, memory, conversion, kanji vs kana queries…");
  const kanji = worker(["kanji"], bigDb, ["--expose-gc"]);
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  rows.push({
    name: "6. kanji analyser load ÷ reading and gunzipping its dictionary",
    value: `${kanji.loadMs.toFixed(0)} ms`,
    baseline: `${kanji.rawReadMs.toFixed(0)} ms`,
    ratio: kanji.loadMs / kanji.rawReadMs,
    goal: "(off the request path; first query waits ≤ 1.5 s)",
  });
  rows.push({
    name: "6. kanji analyser RSS added ÷ process RSS before",
    value: mb(kanji.rssAdded),
    baseline: mb(kanji.rssBefore),
    ratio: kanji.rssAdded / kanji.rssBefore,
    goal: "added ≤ 150 MB",
    met: kanji.rssAdded <= 150 * 1024 * 1024,
  });
  rows.push({
    name: `6. kanji→reading conversion p95 ÷ kana search p95 at ${COUNT}`,
    value: `${kanji.conversion.p95.toFixed(3)} ms`,
    baseline: `${kanji.kana.p95.toFixed(2)} ms`,
    ratio: kanji.conversion.p95 / kanji.kana.p95,
    goal: "conversion < 2 ms",
    met: kanji.conversion.p95 < 2,
  });
  rows.push({
    name: `6. kanji query p95 ÷ same query in kana p95 at ${COUNT}`,
    value: `${kanji.kanji.p95.toFixed(2)} ms`,
    baseline: `${kanji.kana.p95.toFixed(2)} ms`,
    ratio: kanji.kanji.p95 / kanji.kana.p95,
    goal: "≤ 2",
    met: kanji.kanji.p95 / kanji.kana.p95 <= 2,
  });
  notes.push(
    `kanji: conversion p50 ${kanji.conversion.p50.toFixed(3)} ms over ${kanji.conversion.runs} conversions (up to ANALYSE_MAX = 64 characters); ` +
      `kanji and kana queries found the same totals: ${kanji.sameTotals ? "yes" : "NO"}`,
  );

  // Leaves the server (Next's plain cache handler) running for the dynamic pages below.
  const { base, firstProfilePath } = await cachedPageFigures(bigDb, PORT, rows, notes);

  log("search API vs the same FTS query on the database…");
  const api = await latencies(
    WORD_QUERIES.map((q) => `${base}/api/v1/search?q=${encodeURIComponent(q)}`),
    15,
  );
  rows.push({
    name: "3. search API p95 ÷ raw FTS query",
    value: `${api.p95.toFixed(2)} ms`,
    baseline: `${big.raw.p95.toFixed(2)} ms`,
    ratio: api.p95 / big.raw.p95,
    goal: "(stack overhead)",
  });
  notes.push(`search API at ${COUNT}: p50 ${api.p50.toFixed(2)} ms; raw FTS p50 ${big.raw.p50.toFixed(3)} ms`);

  log("editorial quality dashboard and feed…");
  tsx(
    ["lib/cli/main.ts", "user", "add", "--email", "bench-quality@example.test", "--role", "editor", "--password", "bench-editor-pass-42"],
    bigDb,
  );
  const q = await qualityFigures(base, "bench-quality@example.test", "bench-editor-pass-42");
  rows.push({
    name: "6. /admin/quality p95 ÷ /admin p95",
    value: `${q.quality.p95.toFixed(0)} ms`,
    baseline: `${q.admin.p95.toFixed(0)} ms`,
    ratio: q.quality.p95 / q.admin.p95,
    goal: "p95 ≤ 500 ms",
    met: q.quality.p95 <= 500,
  });
  notes.push(
    `/admin/quality at ${COUNT}: p50 ${q.quality.p50.toFixed(0)} ms; /feed.xml p50 ${q.feed.p50.toFixed(1)} ms, p95 ${q.feed.p95.toFixed(1)} ms`,
  );

  log("first-load JavaScript…");
  const js = await firstLoadJs(base, firstProfilePath);
  rows.push({
    name: "5. profile page first-load JS ÷ framework baseline",
    value: `${(js.page / 1024).toFixed(1)} KiB (${js.files} files)`,
    baseline: `${(js.framework / 1024).toFixed(1)} KiB`,
    ratio: js.page / js.framework,
    goal: "≈ 1 (no page JS)",
  });

  if (existsSync(path.join(ONET, "Occupation Data.txt")) && existsSync(SOC)) {
    log("O*NET import vs prepared-statement insert of the same rows…");
    const onet = worker(["onet", ONET, SOC, path.join(work, "onet-raw.db")], path.join(work, "onet.db"));
    rows.push({
      name: "4. O*NET import time ÷ raw prepared insert",
      value: `${onet.importSeconds.toFixed(2)} s`,
      baseline: `${onet.rawSeconds.toFixed(2)} s`,
      ratio: onet.importSeconds / onet.rawSeconds,
      goal: "(overhead of saveProfile)",
    });
    notes.push(`O*NET: ${onet.profiles} profiles`);
  } else {
    notes.push(`O*NET release not found at ${ONET}: ratio 4 skipped`);
  }

  if (existsSync("/usr/lib/postgresql") || process.env.PG_BIN_DIR) {
    log("PostgreSQL: the same catalog and queries on a temporary server…");
    postgresRows(ROOT, ONET, rows, notes);
  } else notes.push("PostgreSQL not installed: rows 7 skipped");

  rows.sort((a, b) => a.name.localeCompare(b.name));
  const table = [
    "| figure | measured | baseline (same run) | ratio | goal |",
    "| --- | --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${r.name} | ${r.value} | ${r.baseline} | **${r.ratio.toFixed(2)}** | ${r.goal}${r.met === undefined ? "" : r.met ? " ✓" : " ✗"} |`,
    ),
  ].join("\n");
  const when = new Date().toISOString().slice(0, 16).replace("T", " ");
  const machine = `${hostname()}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}`;
  const md = `# Benchmarks\n\nWritten by \`npm run bench\` (scripts/bench.ts). Latest run: ${when} UTC on ${machine}.\nShared, noisy machine: compare ratios, not absolute numbers.\n\n${table}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n- whole bench: ${((performance.now() - started) / 1000).toFixed(0)} s\n`;
  process.stdout.write(`\n${table}\n\n${notes.map((n) => `- ${n}`).join("\n")}\n`);
  // Only the generated part is replaced: the manual sections below the marker stay.
  const file = path.join(ROOT, "docs/benchmarks.md");
  const before = existsSync(file) ? readFileSync(file, "utf8") : "";
  const kept = before.includes(GENERATED_END) ? before.slice(before.indexOf(GENERATED_END) + GENERATED_END.length) : "";
  writeFileSync(file, `${md}\n${GENERATED_END}${kept}`);
  log("wrote docs/benchmarks.md");
}

/** docs/benchmarks.md: above this line is written by the bench, below it by hand. */
const GENERATED_END = "<!-- end of the part written by npm run bench -->";

function cleanUp() {
  stopChildren();
  rmSync(work, { recursive: true, force: true });
}

main()
  .then(() => {
    cleanUp();
    process.exit(0);
  })
  .catch((e) => {
    process.stderr.write(`[bench] ${e instanceof Error ? e.stack : String(e)}\n`);
    cleanUp();
    process.exit(1);
  });
