CREATE TABLE customers (
    id    integer PRIMARY KEY,
    email varchar(200) NOT NULL,
    phone text
);
CREATE INDEX customers_email_idx ON customers (email);
COMMENT ON TABLE customers IS 'People.';

CREATE VIEW customer_emails AS SELECT email FROM customers;
GRANT SELECT ON customer_emails TO PUBLIC;
