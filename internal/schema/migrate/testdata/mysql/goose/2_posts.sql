-- +goose Up
CREATE TABLE posts (
    id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
    author_id BIGINT UNSIGNED,
    archived_at DATETIME NULL,
    slug VARCHAR(100) NOT NULL
);
ALTER TABLE posts ADD CONSTRAINT posts_author_fk FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL;
CREATE UNIQUE INDEX posts_slug ON posts (slug);
-- +goose StatementBegin
CREATE PROCEDURE archive_all()
BEGIN
    UPDATE posts SET archived_at = NOW();
    IF ROW_COUNT() > 0 THEN
        SELECT 1;
    END IF;
END;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DROP PROCEDURE archive_all;
-- +goose StatementEnd
DROP TABLE posts;
