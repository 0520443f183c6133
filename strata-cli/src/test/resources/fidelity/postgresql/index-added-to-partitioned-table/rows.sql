INSERT INTO public.log_entry VALUES (1, 'eu', 'hello'), (2, 'us', 'world');
