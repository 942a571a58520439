import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Latency } from "./bench-search";

type Row = { name: string; value: string; baseline: string; ratio: number; goal: string; met?: boolean };
type Figures = {
  count: number;
  sqliteGenerate: number;
  pgGenerate: number;
  search: { sqlite: Latency; pg: Latency };
  suggest: { sqlite: Latency; pg: Latency };
  onet?: { sqliteSeconds: number; pgSeconds: number; sqliteProfiles: number; pgProfiles: number };
  profile: { sqlite: Latency & { statements: number }; pg: Latency & { statements: number } };
};

/**
 * The PostgreSQL rows of `npm run bench`: runs scripts/bench-pg.ts (which starts and stops its own
 * temporary PostgreSQL) in a child process, when PostgreSQL's server binaries are installed.
 */
export function postgresRows(root: string, onet: string, rows: Row[], notes: string[]) {
  const tsx = path.join(root, "node_modules/tsx/dist/cli.mjs");
  const r = spawnSync(process.execPath, [tsx, "--conditions=react-server", "scripts/bench-pg.ts"], {
    cwd: root,
    env: { ...process.env, BENCH_ONET: onet, NODE_ENV: "production" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    notes.push(`PostgreSQL rows skipped: ${(r.stderr.trim().split("\n").pop() ?? "bench-pg failed").slice(0, 200)}`);
    return;
  }
  const f = JSON.parse(r.stdout.trim().split("\n").pop()!) as Figures;
  const ms = (l: Latency) => `${l.p95.toFixed(2)} ms`;
  rows.push({
    name: `7. PostgreSQL search p95 ÷ SQLite p95 at ${f.count}`,
    value: ms(f.search.pg),
    baseline: ms(f.search.sqlite),
    ratio: f.search.pg.p95 / f.search.sqlite.p95,
    goal: "≤ 2, and ≤ 50 ms",
    met: f.search.pg.p95 / f.search.sqlite.p95 <= 2 && f.search.pg.p95 <= 50,
  });
  rows.push({
    name: `7. PostgreSQL typeahead p95 ÷ SQLite p95 at ${f.count}`,
    value: ms(f.suggest.pg),
    baseline: ms(f.suggest.sqlite),
    ratio: f.suggest.pg.p95 / f.suggest.sqlite.p95,
    goal: "(same queries)",
  });
  rows.push({
    name: `7. generate ${f.count} on PostgreSQL ÷ SQLite`,
    value: `${f.pgGenerate.toFixed(1)} s`,
    baseline: `${f.sqliteGenerate.toFixed(1)} s`,
    ratio: f.pgGenerate / f.sqliteGenerate,
    goal: "(bulk insert, multi-row statements)",
  });
  rows.push({
    name: `7. PostgreSQL profile page data p50 ÷ SQLite at ${f.count}`,
    value: `${f.profile.pg.p50.toFixed(2)} ms (${f.profile.pg.statements} statements)`,
    baseline: `${f.profile.sqlite.p50.toFixed(2)} ms (${f.profile.sqlite.statements} statements)`,
    ratio: f.profile.pg.p50 / f.profile.sqlite.p50,
    // Each statement is a round trip on PostgreSQL: its reads are folded into fewer (lib/occupations/read-pg.ts).
    goal: "≤ 3, no more statements",
    met: f.profile.pg.p50 / f.profile.sqlite.p50 <= 3 && f.profile.pg.statements <= f.profile.sqlite.statements,
  });
  if (f.onet)
    rows.push({
      name: "7. import-onet on PostgreSQL (bulk path) ÷ on SQLite",
      value: `${f.onet.pgSeconds.toFixed(2)} s`,
      baseline: `${f.onet.sqliteSeconds.toFixed(2)} s`,
      ratio: f.onet.pgSeconds / f.onet.sqliteSeconds,
      goal: "≤ 2",
      met: f.onet.pgSeconds / f.onet.sqliteSeconds <= 2,
    });
  notes.push(
    `PostgreSQL search p50 ${f.search.pg.p50.toFixed(2)} ms vs SQLite ${f.search.sqlite.p50.toFixed(2)} ms (${f.search.pg.runs} runs each, interleaved)`,
  );
}
