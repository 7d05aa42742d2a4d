CREATE DOMAIN positive AS integer CONSTRAINT positive_check CHECK (VALUE > 0);
CREATE DOMAIN code AS character varying(10) NOT NULL DEFAULT 'x'::character varying CONSTRAINT code_check CHECK (VALUE::text ~ '^[a-z]+$');
CREATE DOMAIN amount AS numeric(10,2) CONSTRAINT amount_range CHECK (VALUE >= 0) CONSTRAINT amount_max CHECK (VALUE < 1000000);
