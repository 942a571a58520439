import { gunzip } from "node:zlib";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import kuromoji, { type IpadicFeatures, type Tokenizer } from "kuromoji";
import NodeDictionaryLoader from "kuromoji/src/loader/NodeDictionaryLoader";
import TokenInfoDictionary from "kuromoji/src/dict/TokenInfoDictionary";

/**
 * kuromoji with its IPADIC dictionary (shipped in the npm package), loaded once per process.
 * Loaded as published it adds ~340 MB RSS: its .dat files are padded with zeros up to powers of
 * two (the unknown-word files are 10 MB of which 2 KB is data), every file is copied once after
 * gunzip, and the surface→entries map becomes 325,000 small JS arrays (~76 MB of heap). The two
 * replacements below keep the same data in typed arrays and drop the padding (issue 15: at most
 * 150 MB added; `npm run bench` measures it).
 */

const gunzipAsync = promisify(gunzip);

/** Files whose zero padding past the data is never read (every other file is kept whole). */
const PADDED = new Set([
  "tid.dat.gz",
  "tid_pos.dat.gz",
  "tid_map.dat.gz",
  "unk.dat.gz",
  "unk_pos.dat.gz",
  "unk_map.dat.gz",
  "unk_invoke.dat.gz",
  "unk_compat.dat.gz",
]);

/** One file at a time: kuromoji asks for all twelve at once, and their peak together stayed in RSS. */
let queue: Promise<unknown> = Promise.resolve();

NodeDictionaryLoader.prototype.loadArrayBuffer = (file, callback) => {
  queue = queue
    .then(() => readFile(file))
    // One output chunk of the exact size (gzip's trailer holds it): no chunk list concatenated after.
    .then((gz) => gunzipAsync(gz, { chunkSize: Math.max(64 * 1024, gz.readUInt32LE(gz.length - 4)) }))
    .then((data) => {
      let end = data.length;
      if (PADDED.has(path.basename(file))) {
        while (end > 0 && data[end - 1] === 0) end--;
        // Keep a zero (string terminator) and whole 32-bit words (read as Int32/Uint32 arrays).
        end = Math.min(data.length, (Math.floor(end / 4) + 2) * 4);
      }
      const whole = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength;
      callback(null, whole && end === data.length ? (data.buffer as ArrayBuffer) : new Uint8Array(data.subarray(0, end)).buffer);
    })
    .catch((err: Error) => callback(err));
};

/**
 * tid_map.dat holds, per surface form id: key, count, then that many token ids (int32). Instead of
 * an object of arrays, keep the file and an index of where each key starts; the Viterbi builder
 * only ever reads `target_map[id]` and iterates the result, which a subarray serves.
 */
TokenInfoDictionary.prototype.loadTargetMap = function (this: { target_map: unknown }, bytes: Uint8Array) {
  const ints = new Int32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
  let maxKey = 0;
  for (let p = 1; p + 1 < ints.length; p += 2 + ints[p + 1]) maxKey = Math.max(maxKey, ints[p]);
  const start = new Int32Array(maxKey + 1).fill(-1);
  for (let p = 1; p + 1 < ints.length; p += 2 + ints[p + 1]) if (ints[p + 1] > 0) start[ints[p]] = p;
  this.target_map = new Proxy(
    {},
    {
      get(_t, prop) {
        const key = typeof prop === "string" ? Number(prop) : NaN;
        const p = key >= 0 && key <= maxKey ? start[key] : -1;
        return p >= 0 ? ints.subarray(p + 2, p + 2 + ints[p + 1]) : undefined;
      },
    },
  );
  return this;
};

type Analyser = Tokenizer<IpadicFeatures>;
/** One per process, shared by every bundle that imports this file (instrumentation and routes are bundled apart). */
const slot = globalThis as { __kanjiAnalyser?: Promise<Analyser>; __kanjiAnalyserReady?: Analyser };

function dictionaryPath(): string {
  // The package is external to Next's bundles (next.config.ts), so it resolves from node_modules.
  return path.join(process.cwd(), "node_modules", "kuromoji", "dict");
}

/** Start loading (once) and resolve when ready. Loading takes 1–3 s on a shared 2-core machine. */
export function loadAnalyser(): Promise<Analyser> {
  slot.__kanjiAnalyser ??= new Promise<Analyser>((resolve, reject) =>
    kuromoji.builder({ dicPath: dictionaryPath() }).build((err, tokenizer) => {
      if (err) {
        slot.__kanjiAnalyser = undefined;
        reject(err);
      } else {
        slot.__kanjiAnalyserReady = tokenizer;
        resolve(tokenizer);
      }
    }),
  );
  return slot.__kanjiAnalyser;
}

/**
 * The analyser, waiting at most `waitMs` for it while it loads; undefined if it is not ready by
 * then (the query is then searched by its original text only) or failed to load.
 */
export async function analyser(waitMs: number): Promise<Analyser | undefined> {
  if (slot.__kanjiAnalyserReady) return slot.__kanjiAnalyserReady;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), waitMs);
  });
  try {
    return await Promise.race([loadAnalyser(), timeout]);
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
