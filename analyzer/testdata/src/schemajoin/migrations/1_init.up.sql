CREATE TABLE readers (id bigserial PRIMARY KEY);
CREATE TABLE books (id bigserial PRIMARY KEY);
CREATE TABLE clubs (id bigserial PRIMARY KEY);
CREATE TABLE genres (id bigserial PRIMARY KEY);
CREATE TABLE shops (id bigserial PRIMARY KEY);
-- Agrees with the models: the pair is the primary key, both sides have a foreign key.
CREATE TABLE reader_books (
    reader_id bigint REFERENCES readers (id),
    book_id bigint REFERENCES books (id),
    PRIMARY KEY (reader_id, book_id)
);
CREATE TABLE reader_clubs (
    reader_id bigint NOT NULL REFERENCES readers (id),
    club_id bigint NOT NULL REFERENCES clubs (id)
);
CREATE TABLE reader_genres (
    reader_id bigint NOT NULL REFERENCES readers (id),
    genre_id bigint NOT NULL REFERENCES genres (id),
    hidden boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX reader_genres_shown ON reader_genres (reader_id, genre_id) WHERE NOT hidden;
CREATE TABLE reader_shops (
    reader_id bigint REFERENCES readers (id),
    shop bigint REFERENCES shops (id),
    PRIMARY KEY (reader_id, shop)
);
CREATE TABLE club_books (
    club_id bigint REFERENCES clubs (id),
    book_id bigint,
    PRIMARY KEY (club_id, book_id)
);
