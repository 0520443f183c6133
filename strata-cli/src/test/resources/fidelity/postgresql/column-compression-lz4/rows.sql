INSERT INTO public.attachment VALUES (1, decode('deadbeef', 'hex'), 'n1'), (2, NULL, repeat('y', 3000));
