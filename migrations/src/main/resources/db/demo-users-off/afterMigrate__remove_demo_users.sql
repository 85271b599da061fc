-- Where dearbridge.demo-users is off: the demo users (password 'demo', db/demo-users) are removed after each
-- migration, so turning the flag off ends them. Matched by name and the demo's own hash, so a real user named
-- admin (bridge-user.sh, the console) stays. Their roles and accounts go with them (ON DELETE CASCADE).
DELETE FROM bridge_user WHERE (username = 'warehouse' AND password_hash = 'qtY46uNuj4OWIcZkTiWpPrN5gZYjcX8=')
    OR (username = 'admin' AND password_hash = 'QUEAlouKVQeCvJmrgI2NITCA2bH6vyM=')
    OR (username = 'viewer' AND password_hash = 'Joe/jRIXlmmo8tg20lyqeOfW5HJBUgQ=');
