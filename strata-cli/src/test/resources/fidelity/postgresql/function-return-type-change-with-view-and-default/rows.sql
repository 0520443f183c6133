INSERT INTO public.product (id, price) VALUES (1, 10.00), (2, 99.99);
