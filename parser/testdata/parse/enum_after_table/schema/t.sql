CREATE TABLE pets (name text, kind pet_kind NOT NULL DEFAULT 'cat', CHECK (kind <> 'fish'::pet_kind));
CREATE TYPE pet_kind AS ENUM ('cat', 'dog', 'fish');
