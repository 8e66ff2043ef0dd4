CREATE TABLE users (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(20),
    KEY users_code (code)
) ENGINE=InnoDB;
CREATE TABLE shops (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code VARCHAR(20),
    UNIQUE KEY shops_code (code)
);
CREATE TABLE orders (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_code VARCHAR(20),
    CONSTRAINT orders_user FOREIGN KEY (user_code) REFERENCES users (code)
);
CREATE TABLE coupons (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    shop_code VARCHAR(20),
    CONSTRAINT coupons_shop FOREIGN KEY (shop_code) REFERENCES shops (code)
);
CREATE TABLE profiles (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT UNSIGNED,
    UNIQUE KEY profiles_user (user_id),
    FOREIGN KEY (user_id) REFERENCES users (id)
);
-- No index written for avatars.user_id: InnoDB makes one for the key.
CREATE TABLE avatars (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id BIGINT UNSIGNED REFERENCES users (id)
);
-- Written without actions: RESTRICT in MariaDB's catalog.
CREATE TABLE authors (id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY);
CREATE TABLE books (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    author_id BIGINT UNSIGNED,
    FOREIGN KEY (author_id) REFERENCES authors (id)
);
CREATE TABLE essays (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    author_id BIGINT UNSIGNED,
    FOREIGN KEY (author_id) REFERENCES authors (id)
);
