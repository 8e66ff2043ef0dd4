CREATE TABLE posts (
    id INTEGER PRIMARY KEY,
    author_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    archived_at TIMESTAMP,
    slug TEXT
);
CREATE UNIQUE INDEX posts_live_slug ON posts (slug) WHERE archived_at IS NULL;
