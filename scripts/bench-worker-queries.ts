/** Plain-word queries that both the search API and a raw FTS5 MATCH accept as they are. */
export const WORD_QUERIES = [
  "analyst",
  "data",
  "nurse",
  "survey auditor",
  "marine",
  "safety procedures",
  "engineer",
  "communication skills",
];
