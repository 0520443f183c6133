INSERT INTO public.sale VALUES (1, 100), (2, 40);
