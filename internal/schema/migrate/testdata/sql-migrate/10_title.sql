-- +migrate Up notransaction
ALTER TABLE posts ADD COLUMN title TEXT;
CREATE INDEX posts_author ON posts (author_id);
-- +migrate Down
DROP INDEX posts_author;
