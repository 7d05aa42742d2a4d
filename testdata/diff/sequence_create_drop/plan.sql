SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

CREATE SEQUENCE public.invoice_number_seq AS integer INCREMENT BY 10 MINVALUE 1000 MAXVALUE 999999 CACHE 5;

CREATE SEQUENCE public.plain_seq;

-- hazard data-loss: drops sequence public.old_seq and its current value
DROP SEQUENCE public.old_seq;

