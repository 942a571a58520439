-- SQLite's porter tokenizer stems with Martin Porter's original algorithm; Snowball's `english`,
-- which 0002 chose, is its successor and stems some words apart: "communication" to communic
-- and "community" to communiti, where porter makes both commun. So "communication skills" found
-- and ranked different profiles on the two stores. Snowball's `porter` is the original algorithm.
ALTER TEXT SEARCH DICTIONARY catalog_stem (Language = porter);
--> statement-breakpoint
-- The stored tsvectors were stemmed the old way: the index is emptied, and the app fills it again
-- when it starts (ensureSearchIndex in scripts/start.ts: a published profile count out of step), or
-- `npm run catalog -- reindex` does.
DELETE FROM search_documents;
--> statement-breakpoint
UPDATE search_totals SET docs = 0, tokens = 0;
