-- pgshape: the statements below run in one transaction.

SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.shipments ADD CONSTRAINT shipments_carrier_check CHECK (((carrier)::text = ANY (ARRAY[('dhl'::character varying)::text, ('ups'::character varying)::text, ('post'::character varying)::text]))) NOT VALID;

ALTER TABLE public.shipments ADD CONSTRAINT shipments_kind_check CHECK ((kind = ANY (ARRAY['parcel'::text, 'letter'::text]))) NOT VALID;


-- pgshape: the statements below run one by one, each in a transaction of its own.

SET lock_timeout = '12h';
SET statement_timeout = '12h';

ALTER TABLE public.shipments VALIDATE CONSTRAINT shipments_carrier_check;

ALTER TABLE public.shipments VALIDATE CONSTRAINT shipments_kind_check;

RESET lock_timeout;
RESET statement_timeout;
