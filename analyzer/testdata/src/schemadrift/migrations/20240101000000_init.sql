-- migrate:up
CREATE TABLE authors (id bigserial PRIMARY KEY);
CREATE TABLE books (
    id bigserial PRIMARY KEY,
    author_id bigint NOT NULL REFERENCES authors (id) ON DELETE RESTRICT,
    isbn text,
    slug text,
    code text CONSTRAINT books_code_key UNIQUE
);
CREATE UNIQUE INDEX books_live_slug ON books (slug) WHERE slug <> '';

CREATE TABLE publishers (id bigserial PRIMARY KEY);
CREATE TABLE series (id bigserial PRIMARY KEY, publisher_id bigint NOT NULL REFERENCES publishers (id) ON DELETE CASCADE);

CREATE TABLE reviews (id bigserial PRIMARY KEY, book_ref bigint REFERENCES books (id));
CREATE TABLE labels (id bigserial PRIMARY KEY, shelf_id bigint);
CREATE TABLE tags (id bigserial PRIMARY KEY, book_id bigint);
CREATE TABLE notes (id bigserial PRIMARY KEY, book_id bigint);
CREATE TABLE loans (id bigserial PRIMARY KEY, book_id bigint REFERENCES books (id) ON DELETE CASCADE);

-- migrate:down
DROP TABLE loans, notes, tags, labels, reviews, series, publishers, books, authors;
