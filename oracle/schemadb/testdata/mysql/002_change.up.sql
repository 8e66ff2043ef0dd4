ALTER TABLE orders MODIFY COLUMN note VARCHAR(50) NOT NULL DEFAULT '';
ALTER TABLE orders CHANGE COLUMN user_code customer_code VARCHAR(20) NULL;
ALTER TABLE users RENAME COLUMN code TO handle;
ALTER TABLE users RENAME INDEX users_code TO users_handle;
RENAME TABLE users TO customers;
ALTER TABLE orders ADD COLUMN IF NOT EXISTS note INT, ADD COLUMN total DECIMAL(10,2) UNSIGNED AFTER id;
-- A composite index that serves the key: InnoDB drops its own.
CREATE INDEX orders_customer_total ON orders (customer_code, total);
ALTER TABLE c2 DROP FOREIGN KEY c2_ibfk_1;
ALTER TABLE c2 ADD COLUMN q INT NOT NULL, ADD INDEX (q, x);
ALTER TABLE c2 DROP COLUMN x;
CREATE OR REPLACE TABLE scratch (id INT);
CREATE OR REPLACE TABLE scratch (id INT, label VARCHAR(5), PRIMARY KEY (id), UNIQUE (label));
CREATE TABLE scratch_copy LIKE scratch;
ALTER TABLE notes DROP FOREIGN KEY IF EXISTS nothing_here;
ALTER TABLE notes ADD CONSTRAINT notes_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE SET NULL ON UPDATE NO ACTION;
ALTER TABLE notes DROP CONSTRAINT notes_ibfk_1;
CREATE UNIQUE INDEX tags_name ON tags (name);
DROP INDEX tags_name ON tags;
ALTER TABLE tags ADD UNIQUE KEY (name), DROP PRIMARY KEY, ADD PRIMARY KEY (id, name);
CREATE TABLE gone (id INT);
DROP TABLE IF EXISTS gone, never_made;
-- MariaDB's own forms: its column types, PERSISTENT, ONLINE, NOCOPY.
CREATE TABLE devices (id UUID PRIMARY KEY, ip INET6, label VARCHAR(36) DEFAULT (UUID()), twice INT AS (1 + 1) PERSISTENT);
ALTER ONLINE TABLE devices ADD COLUMN ip4 INET4 NOT NULL, ALGORITHM=NOCOPY;
ALTER TABLE devices DROP CONSTRAINT IF EXISTS nothing_here;
ALTER TABLE devices ADD COLUMN secret INT INVISIBLE;
CREATE TABLE device_users (device_id UUID NOT NULL, user_id INT NOT NULL, PRIMARY KEY (user_id, device_id), CONSTRAINT du_device FOREIGN KEY (device_id) REFERENCES devices (id) ON DELETE CASCADE);
