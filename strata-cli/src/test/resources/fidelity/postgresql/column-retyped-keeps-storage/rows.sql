INSERT INTO public.note VALUES (1, 'abc'), (2, NULL);
