-- No unique index on email, though the model's tag claims one.
CREATE TABLE users (
    id bigserial PRIMARY KEY,
    name varchar(100) NOT NULL,
    email text
);
