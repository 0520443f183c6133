INSERT INTO public.orders VALUES (1, 10, 'open'), (2, 11, 'shipped'), (3, 10, 'open');
