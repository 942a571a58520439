-- Full-text search on PostgreSQL (issue 12): the counterpart of the FTS5 tables of
-- drizzle/0002_search_index.sql. One row per published, live profile, written by
-- lib/search/pg/sync-index-pg.ts from text the app has normalised (lib/search/normalise.ts), as on SQLite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- English stemming as SQLite's porter tokenizer does it (plurals fold), without a stop-word list
-- (FTS5 has none, so "the" and "of" stay searchable); everything else as the `simple` config.
CREATE TEXT SEARCH DICTIONARY catalog_stem (TEMPLATE = snowball, Language = english);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION catalog_search (COPY = simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION catalog_search
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH catalog_stem;
--> statement-breakpoint
CREATE TABLE search_documents (
  occupation_id integer PRIMARY KEY NOT NULL REFERENCES occupations(id) ON DELETE CASCADE,
  -- search_docs: name (weight A), aliases (B), summary (C), skills and description (D), stemmed;
  -- skills twice, so that ranking weighs a skill 2 and description text 1, as SQLite's bm25 does.
  -- Kept in the row (MAIN, lz4) rather than in TOAST: ranking reads it for thousands of rows.
  body tsvector COMPRESSION lz4 NOT NULL,
  -- Words in all of the above (FTS5's row size): bm25's document length.
  doc_length integer NOT NULL,
  -- search_names: words of the name and aliases, unstemmed, matched as prefixes.
  names tsvector NOT NULL,
  -- search_grams: the name's and each alias's words, one per line, for substrings (pg_trgm).
  name_lines text NOT NULL,
  -- The folded hiragana key of the reading (readingKey): prefix and substring matches.
  reading_key text NOT NULL,
  -- The Japanese runs of name, aliases and body text, one per line (cjkRuns).
  cjk text NOT NULL
);
--> statement-breakpoint
ALTER TABLE search_documents ALTER COLUMN body SET STORAGE MAIN;
--> statement-breakpoint
-- Searches read a few thousand rows of these tables at most: starting parallel workers cost more
-- than the scan (measured: 4 ms of work behind 120–150 ms of Gather start-up on a busy machine).
ALTER TABLE search_documents SET (parallel_workers = 0);
--> statement-breakpoint
ALTER TABLE occupations SET (parallel_workers = 0);
--> statement-breakpoint
ALTER TABLE occupation_terms SET (parallel_workers = 0);
--> statement-breakpoint
CREATE INDEX search_documents_body ON search_documents USING gin (body);
--> statement-breakpoint
CREATE INDEX search_documents_names ON search_documents USING gin (names);
--> statement-breakpoint
CREATE INDEX search_documents_name_lines ON search_documents USING gin (name_lines gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX search_documents_reading_grams ON search_documents USING gin (reading_key gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX search_documents_reading_prefix ON search_documents (reading_key text_pattern_ops);
--> statement-breakpoint
CREATE INDEX search_documents_cjk ON search_documents USING gin (cjk gin_trgm_ops);
--> statement-breakpoint
-- bm25's corpus figures (FTS5 keeps them in its own tables): indexed rows and their words,
-- kept by the same statements that write search_documents.
CREATE TABLE search_totals (
  id integer PRIMARY KEY NOT NULL DEFAULT 1 CHECK (id = 1),
  docs integer NOT NULL,
  tokens bigint NOT NULL
);
--> statement-breakpoint
INSERT INTO search_totals (id, docs, tokens) VALUES (1, 0, 0);
