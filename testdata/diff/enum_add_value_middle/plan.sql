SET lock_timeout = '300ms';
SET statement_timeout = '1min';

ALTER TYPE public.size ADD VALUE 'tiny' BEFORE 'small';

ALTER TYPE public.size ADD VALUE 'medium' BEFORE 'large';

ALTER TYPE public.size ADD VALUE 'huge';

RESET lock_timeout;
RESET statement_timeout;
