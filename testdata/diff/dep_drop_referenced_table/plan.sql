SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER TABLE public.parts DROP CONSTRAINT parts_supplier_id_fkey;

-- hazard data-loss: drops table public.suppliers and all its rows
DROP TABLE public.suppliers;

