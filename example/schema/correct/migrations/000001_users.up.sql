CREATE TABLE users (
    id bigserial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email text
);
CREATE UNIQUE INDEX idx_users_email ON users (email);
