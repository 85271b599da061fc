-- Which node claimed an inbox event or outbox command: a node that starts again takes back at once what it had in
-- hand when it stopped (killed, or undeployed mid-attempt), instead of leaving it to wait out the lease.
ALTER TABLE inbox_event ADD COLUMN claimed_by VARCHAR(64);
ALTER TABLE outbox_command ADD COLUMN claimed_by VARCHAR(64);
