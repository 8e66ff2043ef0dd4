-- PostgreSQL refuses this foreign key (users.code is unique only where
-- code <> ''); relcheck reports it from the schema alone.
CREATE TABLE orders (id bigserial PRIMARY KEY, user_code text REFERENCES users (code));
CREATE INDEX orders_user_code ON orders (user_code);

CREATE TABLE shops (id bigserial PRIMARY KEY, code text CONSTRAINT shops_code_key UNIQUE);
CREATE TABLE coupons (id bigserial PRIMARY KEY, shop_code text REFERENCES shops (code));
CREATE INDEX coupons_shop_code ON coupons (shop_code);

CREATE TABLE posts (id bigserial PRIMARY KEY);
CREATE TABLE comments (id bigserial PRIMARY KEY, post_id bigint NOT NULL REFERENCES posts (id) ON DELETE SET NULL);
CREATE INDEX comments_post ON comments (post_id);
CREATE TABLE likes (id bigserial PRIMARY KEY, post_id bigint REFERENCES posts (id) ON DELETE SET NULL);
CREATE INDEX likes_post ON likes (post_id);

CREATE TABLE folders (id bigserial PRIMARY KEY, deleted_at timestamptz);
CREATE TABLE files (id bigserial PRIMARY KEY, folder_id bigint REFERENCES folders (id) ON DELETE CASCADE);
CREATE INDEX files_folder ON files (folder_id);
