-- migrate:down
DROP TABLE posts;

-- migrate:up
CREATE TABLE posts (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    author_id BIGINT UNSIGNED,
    archived_at DATETIME NULL,
    slug VARCHAR(100) NOT NULL
);
ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX posts_slug ON posts (slug);
CREATE TRIGGER posts_slug_lower BEFORE INSERT ON posts FOR EACH ROW SET NEW.slug = LOWER(NEW.slug);
