CREATE TABLE posts (
    id serial PRIMARY KEY,
    author_id integer REFERENCES users (id) ON DELETE SET NULL,
    archived_at timestamp,
    slug text
);
