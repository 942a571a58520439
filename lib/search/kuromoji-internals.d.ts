// Two internals of kuromoji 0.1.2 (unmaintained since 2018, so they will not move) that
// kanji-analyser.ts replaces to keep the dictionary's memory within budget.
declare module "kuromoji/src/loader/NodeDictionaryLoader" {
  const NodeDictionaryLoader: {
    prototype: { loadArrayBuffer(file: string, callback: (err: Error | null, buffer?: ArrayBuffer) => void): void };
  };
  export default NodeDictionaryLoader;
}
declare module "kuromoji/src/dict/TokenInfoDictionary" {
  const TokenInfoDictionary: {
    prototype: { target_map: unknown; loadTargetMap(buffer: Uint8Array): unknown };
  };
  export default TokenInfoDictionary;
}
