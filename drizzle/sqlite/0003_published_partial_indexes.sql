DROP INDEX `occupations_status_updated`;--> statement-breakpoint
CREATE INDEX `occupations_published_minor` ON `occupations` (`minor_id`,`name`) WHERE status = 'published' AND deleted_at IS NULL;--> statement-breakpoint
CREATE INDEX `occupations_published_updated` ON `occupations` (`updated_at`) WHERE status = 'published' AND deleted_at IS NULL;