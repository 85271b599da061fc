-- Demo and integration-test users only, password 'demo' (bcrypt cost 8: every Basic request verifies one).
-- Flyway runs this after migrating only where dearbridge.demo-users=true, which the run command's and the
-- ITs' CLI scripts set; production never loads it. Made with ear/src/main/wildfly/users/bridge-user.sh.
DELETE FROM bridge_user_role WHERE username IN ('warehouse', 'admin', 'viewer');
DELETE FROM bridge_user WHERE username IN ('warehouse', 'admin', 'viewer');
INSERT INTO bridge_user (username, password_hash, password_salt, password_cost, created_at) VALUES ('warehouse', 'qtY46uNuj4OWIcZkTiWpPrN5gZYjcX8=', 'iGwiLn7BDU67kPs7QhGdMw==', 8, CURRENT_TIMESTAMP);
INSERT INTO bridge_user (username, password_hash, password_salt, password_cost, created_at) VALUES ('admin', 'QUEAlouKVQeCvJmrgI2NITCA2bH6vyM=', 'ODiz1aPSbUaZ5f61O9lQ7Q==', 8, CURRENT_TIMESTAMP);
INSERT INTO bridge_user (username, password_hash, password_salt, password_cost, created_at) VALUES ('viewer', 'Joe/jRIXlmmo8tg20lyqeOfW5HJBUgQ=', '2/y1G07lu88XwijBV1+rBg==', 8, CURRENT_TIMESTAMP);
INSERT INTO bridge_user_role (username, role) VALUES ('warehouse', 'warehouse');
INSERT INTO bridge_user_role (username, role) VALUES ('admin', 'admin');
INSERT INTO bridge_user_role (username, role) VALUES ('viewer', 'viewer');
