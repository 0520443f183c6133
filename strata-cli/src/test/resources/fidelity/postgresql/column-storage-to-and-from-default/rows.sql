INSERT INTO public.document VALUES (1, 'a', repeat('x', 5000), 1.50), (2, 'b', NULL, NULL);
