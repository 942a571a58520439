CREATE TABLE `duplicate_candidates` (
	`a_id` integer NOT NULL,
	`b_id` integer NOT NULL,
	`distance` integer NOT NULL,
	PRIMARY KEY(`a_id`, `b_id`),
	FOREIGN KEY (`a_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`b_id`) REFERENCES `occupations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Backfill (the same statement as rebuildDuplicateCandidates): each live name key against the next
-- DUPLICATE_WINDOW (4) in name order. likely_same is registered on the connection by db/index.ts.
INSERT OR IGNORE INTO `duplicate_candidates` (`a_id`, `b_id`, `distance`)
SELECT min(a.id, b.id), max(a.id, b.id), likely_same(a.k, b.k)
FROM (SELECT id, name_key AS k, row_number() OVER (ORDER BY name_key, id) AS r FROM occupations WHERE deleted_at IS NULL) a
JOIN (SELECT id, name_key AS k, row_number() OVER (ORDER BY name_key, id) AS r FROM occupations WHERE deleted_at IS NULL) b
  ON b.r > a.r AND b.r <= a.r + 4
WHERE likely_same(a.k, b.k) IS NOT NULL;--> statement-breakpoint
CREATE INDEX `duplicate_candidates_b` ON `duplicate_candidates` (`b_id`);--> statement-breakpoint
CREATE INDEX `duplicate_candidates_distance` ON `duplicate_candidates` (`distance`);--> statement-breakpoint
ALTER TABLE `occupation_links` ADD `self_link` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: a link naming its own profile by name or alias (what linkIsSelf decides on write).
UPDATE `occupation_links` SET `self_link` = 1
WHERE `name_key` = (SELECT o.name_key FROM occupations o WHERE o.id = occupation_links.occupation_id)
   OR EXISTS (SELECT 1 FROM occupation_terms t WHERE t.occupation_id = occupation_links.occupation_id AND t.list = 'alias' AND t.value_key = occupation_links.name_key);--> statement-breakpoint
CREATE INDEX `occupation_links_unresolved` ON `occupation_links` (`target_id`,`self_link`,`occupation_id`,`list`,`position`) WHERE target_id IS NULL AND self_link = 0;--> statement-breakpoint
ALTER TABLE `occupations` ADD `reading_not_kana` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Backfill: a non-empty reading with a character outside KANA_PATTERN (lib/quality/kana-glob.ts builds this GLOB).
UPDATE `occupations` SET `reading_not_kana` = 1 WHERE `reading` <> '' AND `reading` GLOB '*[^ぁ-ゟ゠-ヿㇰ-ㇿ･-ﾟ　 ・ー]*';--> statement-breakpoint
CREATE INDEX `occupations_live_not_kana` ON `occupations` (`reading`) WHERE deleted_at IS NULL AND reading_not_kana = 1;
