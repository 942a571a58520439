/**
 * Upload limits of /admin/import, in a module of plain constants so the browser form, the server
 * check (upload.ts), Next's body limits (next.config.ts) and the front door all read the same
 * numbers: when the proxy's buffer was smaller than the action's limit, a 16 MB upload ended in
 * a 500 ("Unexpected end of form") instead of the page's own message.
 */
export const UPLOAD_MAX_FILES = 20;
export const UPLOAD_MAX_FILE_BYTES = 5 * 1024 * 1024;
export const UPLOAD_MAX_TOTAL_BYTES = 20 * 1024 * 1024;
/**
 * The largest request body the app reads (the import action's files plus multipart overhead).
 * Between UPLOAD_MAX_TOTAL_BYTES and this, the import page says what is too large; past it the
 * front door answers 413 before any of it is read.
 */
export const UPLOAD_MAX_BODY_BYTES = UPLOAD_MAX_TOTAL_BYTES + 5 * 1024 * 1024;
