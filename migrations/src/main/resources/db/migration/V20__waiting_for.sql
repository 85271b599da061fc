-- Issue 21: work that waits without a failed attempt (for the account's DEAR budget, or for an earlier event of
-- its document) says why, so the console and the API show it as waiting, never among failed syncs.
ALTER TABLE inbox_event ADD COLUMN waiting_for VARCHAR(20);
ALTER TABLE outbox_command ADD COLUMN waiting_for VARCHAR(20);
