ALTER TYPE public.size ADD VALUE 'tiny' BEFORE 'small';

ALTER TYPE public.size ADD VALUE 'medium' BEFORE 'large';

ALTER TYPE public.size ADD VALUE 'huge';

