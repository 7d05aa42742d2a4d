-- add IN-list checks on varchar and text columns (pg_get_constraintdef text of the varchar one does not round-trip on PostgreSQL 15)
CREATE TABLE shipments (id integer PRIMARY KEY,
    carrier varchar(10) CONSTRAINT shipments_carrier_check CHECK (carrier IN ('dhl', 'ups', 'post')),
    kind text CONSTRAINT shipments_kind_check CHECK (kind IN ('parcel', 'letter')));
