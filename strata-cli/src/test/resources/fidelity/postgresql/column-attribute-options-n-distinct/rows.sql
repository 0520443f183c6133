INSERT INTO public.event VALUES (1, 'click', 1), (2, 'view', 2);
