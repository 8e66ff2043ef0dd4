-- Written for relcheck's schema oracle: MySQL DDL whose effects MariaDB's
-- catalog shows, each a case the reader must follow.
CREATE TABLE users (
    id INT NOT NULL AUTO_INCREMENT,
    code VARCHAR(20),
    email VARCHAR(191) NOT NULL UNIQUE,
    PRIMARY KEY (id)
) ENGINE=InnoDB;
CREATE TABLE orders (id INT PRIMARY KEY, user_code VARCHAR(20), note TEXT, flag BOOLEAN DEFAULT FALSE);
ALTER TABLE users ADD UNIQUE INDEX users_code (code);
-- An unnamed key at first, indexed by InnoDB under its column's name.
ALTER TABLE orders ADD FOREIGN KEY (user_code) REFERENCES users (code) ON UPDATE CASCADE;
-- Inline REFERENCES: MariaDB makes it a foreign key.
CREATE TABLE notes (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, order_id INT REFERENCES orders (id) ON DELETE CASCADE, body MEDIUMTEXT);
CREATE TABLE p2 (a INT, b INT, PRIMARY KEY (a, b));
CREATE TABLE c2 (id INT PRIMARY KEY, pa INT, pb INT, FOREIGN KEY (pa, pb) REFERENCES p2 (a, b) ON DELETE SET NULL, x INT, KEY (x), KEY (x, pa));
CREATE TABLE tags (id SMALLINT UNSIGNED NOT NULL, name CHAR(10), created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, price DECIMAL(10,2), PRIMARY KEY (id));
