import cliProgress from "cli-progress";

/** A progress bar with rate and time left on a terminal; silence otherwise (summary lines say the rest). */
export function progressReporter(label: string) {
  if (!process.stdout.isTTY) return { update: (_done: number, _total: number) => {}, stop: () => {} };
  let bar: cliProgress.SingleBar | undefined;
  const startedAt = performance.now();
  return {
    update(done: number, total: number) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: `${label} [{bar}] {value}/{total} | {rate}/s | eta {eta_formatted}`, hideCursor: true, etaBuffer: 200 },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0, { rate: "0" });
      }
      const elapsed = (performance.now() - startedAt) / 1000;
      bar.update(done, { rate: elapsed > 0 ? Math.round(done / elapsed).toString() : "0" });
    },
    stop() {
      bar?.stop();
    },
  };
}
