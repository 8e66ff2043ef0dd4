CREATE TABLE users (id bigserial PRIMARY KEY);
CREATE TABLE posts (id bigserial PRIMARY KEY, author_id bigint);
CREATE TABLE teams (id bigserial PRIMARY KEY);
CREATE TABLE members (id bigserial PRIMARY KEY, team_id bigint);
