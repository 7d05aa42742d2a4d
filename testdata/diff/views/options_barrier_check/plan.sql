SET LOCAL lock_timeout = '300ms';
SET LOCAL statement_timeout = '1min';

ALTER VIEW public.owner_docs RESET (security_barrier);

ALTER VIEW public.public_docs SET (security_barrier=true);

ALTER VIEW public.small_docs SET (check_option=cascaded);

ALTER VIEW public.tiny_docs RESET (check_option);

