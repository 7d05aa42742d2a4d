ALTER TYPE public.order_status ADD VALUE 'shipped';

ALTER TYPE public.order_status ADD VALUE 'delivered';

