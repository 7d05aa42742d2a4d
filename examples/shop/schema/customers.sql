-- Customers: people who can place orders and write reviews.
CREATE TABLE customers (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email            citext NOT NULL UNIQUE,
    full_name        text NOT NULL,
    phone            text,
    marketing_opt_in boolean NOT NULL DEFAULT false,
    created_at       timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE customers IS 'People who can place orders.';
COMMENT ON COLUMN customers.email IS 'Login; compared case-insensitively.';
COMMENT ON COLUMN customers.marketing_opt_in IS 'Consent to receive marketing e-mail.';
