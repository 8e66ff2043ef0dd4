ALTER TABLE posts ADD COLUMN title VARCHAR(200) NULL AFTER slug;
# This index serves the foreign key, so InnoDB drops the one it made.
CREATE INDEX posts_author ON posts (author_id, archived_at);
