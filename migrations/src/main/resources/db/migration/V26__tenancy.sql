-- Tenancy (issue 25): a user is enabled or not, and sees all accounts or the named ones. Rows written outside the
-- console and the users API (bridge-user.sh for the first admin, the demo users) keep the defaults: enabled, all
-- accounts. The console and the API always write both columns.
ALTER TABLE bridge_user ADD COLUMN enabled BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE bridge_user ADD COLUMN all_accounts BOOLEAN DEFAULT TRUE NOT NULL;

-- The accounts a user without all_accounts sees and acts on (none when there is no row).
CREATE TABLE bridge_user_account (
    username     VARCHAR(128) NOT NULL REFERENCES bridge_user (username) ON DELETE CASCADE,
    account_code VARCHAR(64)  NOT NULL,
    PRIMARY KEY (username, account_code)
);

-- Audit rows about a user (added, changed, disabled, password reset) name the user here.
ALTER TABLE operator_action ADD COLUMN target_name VARCHAR(128);
