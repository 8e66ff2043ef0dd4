-- PostgreSQL-only DDL the reader must follow: serial types, named and
-- composite constraints, renames, drops and type changes.
CREATE TABLE accounts (
    id serial PRIMARY KEY,
    region text NOT NULL,
    number integer NOT NULL,
    email varchar(200),
    CONSTRAINT accounts_region_number UNIQUE (region, number)
);
CREATE TABLE members (
    id bigserial PRIMARY KEY,
    account_region text,
    account_number integer,
    nick text,
    FOREIGN KEY (account_region, account_number) REFERENCES accounts (region, number) ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX members_live_nick ON members (nick) WHERE account_region IS NOT NULL;
CREATE INDEX members_lower_nick ON members (lower(nick));
