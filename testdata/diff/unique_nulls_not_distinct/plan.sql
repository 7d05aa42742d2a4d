ALTER TABLE public.codes DROP CONSTRAINT codes_code_key;

-- hazard blocking-scan: adding UNIQUE codes_code_key builds its index on table public.codes while blocking writes
ALTER TABLE public.codes ADD CONSTRAINT codes_code_key UNIQUE NULLS NOT DISTINCT (code);

