-- Full-text search (issue 4). Three contentless FTS5 tables keyed by occupations.id (rowid),
-- filled by lib/search/sync-index.ts from the row's current state (published, not deleted only).
-- Contentless keeps the index small; result snippets are computed from the base tables.
--
-- search_docs: English words, Porter-stemmed (plurals), weighted by column in bm25.
CREATE VIRTUAL TABLE `search_docs` USING fts5(name, aliases, summary, skills, description, content='', contentless_delete=1, tokenize='porter unicode61 remove_diacritics 2');
--> statement-breakpoint
-- search_names: names, aliases and the folded reading key, with 1- and 2-character prefix
-- indexes so that 1–2 character queries and typeahead stay index lookups.
CREATE VIRTUAL TABLE `search_names` USING fts5(name, aliases, reading, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='1 2');
--> statement-breakpoint
-- search_grams: substrings of 3+ characters (Japanese has no spaces): names, aliases, the
-- folded reading key, and the Japanese runs of the body text.
CREATE VIRTUAL TABLE `search_grams` USING fts5(name, aliases, reading, cjk, content='', contentless_delete=1, tokenize='trigram');
