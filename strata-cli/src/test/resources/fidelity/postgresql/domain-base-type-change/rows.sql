INSERT INTO public.payment VALUES (1, 12.50, 0.30, 'AB12'), (2, NULL, 1.00, 'ZZ');
