SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SCHEMA billing;

CREATE TABLE billing.invoices (
    id bigint NOT NULL,
    total numeric(12,2) NOT NULL,
    CONSTRAINT invoices_pkey PRIMARY KEY (id)
);

