SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TYPE public.order_status ADD VALUE 'shipped';

ALTER TYPE public.order_status ADD VALUE 'delivered';

RESET lock_timeout;
RESET statement_timeout;
