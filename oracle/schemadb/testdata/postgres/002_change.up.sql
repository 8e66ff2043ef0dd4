ALTER TABLE accounts ALTER COLUMN email TYPE text;
ALTER TABLE accounts ALTER COLUMN email SET NOT NULL;
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
ALTER TABLE members RENAME COLUMN nick TO handle;
ALTER TABLE members RENAME TO people;
CREATE TABLE invites (
    id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id bigint CONSTRAINT invites_person REFERENCES people ON DELETE SET NULL,
    code uuid UNIQUE,
    extra int
);
ALTER TABLE invites DROP COLUMN extra;
ALTER TABLE invites ADD COLUMN note text DEFAULT 'x';
CREATE TABLE scratch (id int);
DROP TABLE scratch;
DROP INDEX members_lower_nick;
ALTER TABLE people ADD CONSTRAINT people_nick_check CHECK (handle <> '');
INSERT INTO accounts (region, number, email) VALUES ('eu', 1, 'a@b');
