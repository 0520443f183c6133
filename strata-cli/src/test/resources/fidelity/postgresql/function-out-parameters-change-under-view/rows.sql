INSERT INTO public.reading VALUES (1, 4), (2, 9);
