-- DEAR accounts (tenants). Credentials stay in configuration; this row anchors everything else.
CREATE TABLE account (
    code             VARCHAR(64)              NOT NULL PRIMARY KEY,
    base_url         VARCHAR(512)             NOT NULL,
    active           BOOLEAN                  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reconciled_until TIMESTAMP WITH TIME ZONE
);
