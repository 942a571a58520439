import { parseArgs } from "node:util";
import { generateCatalog } from "@/lib/generate/generate";
import { progressReporter } from "./progress";
import { UsageError } from "./usage-error";

export async function runGenerate(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { count: { type: "string" }, seed: { type: "string", default: "1" } } });
  const count = Number(values.count);
  const seed = Number(values.seed);
  if (!Number.isInteger(count) || count < 1) throw new UsageError("generate: --count must be a positive whole number");
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError("generate: --seed must be a whole number ≥ 0");
  const started = performance.now();
  const progress = progressReporter("generate");
  const report = await generateCatalog({
    count,
    seed,
    onProgress: progress.update,
    onPhase: (phase) => {
      progress.stop();
      if (process.stdout.isTTY) process.stdout.write(`${phase}…\n`);
    },
  });
  progress.stop();
  const phases = Object.entries(report.seconds)
    .map(([k, s]) => `${k} ${s.toFixed(1)}s`)
    .join(", ");
  const total = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`generated ${report.created} profiles (seed ${seed}; ${report.existing} already there) in ${total}s (${phases})\n`);
  return 0;
}
