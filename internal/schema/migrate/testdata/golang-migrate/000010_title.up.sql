ALTER TABLE posts ADD COLUMN title TEXT;
CREATE INDEX posts_author ON posts (author_id);
