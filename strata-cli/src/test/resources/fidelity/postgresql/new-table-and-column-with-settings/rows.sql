INSERT INTO public.metric VALUES (1), (2);
