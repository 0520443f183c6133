INSERT INTO public.item (id, sku) VALUES (1, 'ABCDEFGH'), (2, '12345678');
