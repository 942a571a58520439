CREATE TABLE `zero_result_searches` (
	`day` text NOT NULL,
	`query` text NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	PRIMARY KEY(`day`, `query`)
);
--> statement-breakpoint
ALTER TABLE `occupations` ADD `empty_sections` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `occupations_live_reading` ON `occupations` (`reading`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `occupations_live_empty_sections` ON `occupations` (`empty_sections`) WHERE deleted_at IS NULL AND empty_sections <> 0;--> statement-breakpoint
CREATE INDEX `occupations_live_drafts_updated` ON `occupations` (`updated_at`) WHERE deleted_at IS NULL AND (status = 'draft' OR draft IS NOT NULL);--> statement-breakpoint
CREATE INDEX `revisions_published_created` ON `revisions` (`created_at`) WHERE status = 'published';--> statement-breakpoint
-- Backfill: the bits of lib/quality/empty-sections.ts (EMPTY_SECTIONS order) for existing profiles.
UPDATE `occupations` SET `empty_sections` =
	(`industry` = '') * 1 + (`summary` = '') * 2 + (`description` = '') * 4 + (`future_outlook` = '') * 8 + (`work_style` = '') * 16
	+ (NOT EXISTS (SELECT 1 FROM `occupation_terms` t WHERE t.`occupation_id` = `occupations`.`id` AND t.`list` = 'trait')) * 32
	+ (NOT EXISTS (SELECT 1 FROM `occupation_terms` t WHERE t.`occupation_id` = `occupations`.`id` AND t.`list` = 'required_skill')) * 64
	+ (NOT EXISTS (SELECT 1 FROM `occupation_terms` t WHERE t.`occupation_id` = `occupations`.`id` AND t.`list` = 'recommended_skill')) * 128
	+ (NOT EXISTS (SELECT 1 FROM `occupation_links` l WHERE l.`occupation_id` = `occupations`.`id` AND l.`list` = 'career')) * 256
	+ (NOT EXISTS (SELECT 1 FROM `occupation_aptitudes` a WHERE a.`occupation_id` = `occupations`.`id` AND a.`kind` = 'strength')) * 512
	+ (NOT EXISTS (SELECT 1 FROM `occupation_aptitudes` a WHERE a.`occupation_id` = `occupations`.`id` AND a.`kind` = 'weakness')) * 1024
	+ (NOT EXISTS (SELECT 1 FROM `occupation_terms` t WHERE t.`occupation_id` = `occupations`.`id` AND t.`list` = 'alias')) * 2048
	+ (NOT EXISTS (SELECT 1 FROM `occupation_links` l WHERE l.`occupation_id` = `occupations`.`id` AND l.`list` = 'related')) * 4096;
