-- +goose NO TRANSACTION
-- +goose Up
ALTER TABLE posts ADD COLUMN title TEXT;
CREATE INDEX posts_author ON posts (author_id);
-- +goose Down
DROP INDEX posts_author;
