DROP INDEX posts_author;
