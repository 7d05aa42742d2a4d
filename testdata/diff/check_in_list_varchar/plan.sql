ALTER TABLE public.shipments ADD CONSTRAINT shipments_carrier_check CHECK (((carrier)::text = ANY (ARRAY[('dhl'::character varying)::text, ('ups'::character varying)::text, ('post'::character varying)::text]))) NOT VALID;

ALTER TABLE public.shipments VALIDATE CONSTRAINT shipments_carrier_check;

ALTER TABLE public.shipments ADD CONSTRAINT shipments_kind_check CHECK ((kind = ANY (ARRAY['parcel'::text, 'letter'::text]))) NOT VALID;

ALTER TABLE public.shipments VALIDATE CONSTRAINT shipments_kind_check;

