DROP INDEX posts_author ON posts;
ALTER TABLE posts DROP COLUMN title;
