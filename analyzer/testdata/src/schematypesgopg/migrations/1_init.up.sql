CREATE TABLE users (id bigserial PRIMARY KEY);
CREATE TABLE posts (id bigserial PRIMARY KEY, author_id bigint);
