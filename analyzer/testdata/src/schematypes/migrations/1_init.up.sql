CREATE TABLE users (id bigserial PRIMARY KEY, code uuid UNIQUE);
CREATE TABLE posts (id serial PRIMARY KEY, author_id text);
CREATE TABLE comments (id bigserial PRIMARY KEY, post_id bigint);
CREATE TABLE likes (id bigserial PRIMARY KEY, post_id int2);
CREATE TABLE badges (id bigserial PRIMARY KEY, user_code text);
