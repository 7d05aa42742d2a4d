ALTER TABLE public.blobs SET (toast_tuple_target=2048);

