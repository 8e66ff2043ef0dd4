-- migrate:up transaction:false
ALTER TABLE posts ADD COLUMN title TEXT;
CREATE INDEX posts_author ON posts (author_id);
-- migrate:down
DROP INDEX posts_author;
