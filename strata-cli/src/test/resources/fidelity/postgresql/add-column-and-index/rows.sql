INSERT INTO public.customer (name) VALUES ('Ann'), ('Bob');
