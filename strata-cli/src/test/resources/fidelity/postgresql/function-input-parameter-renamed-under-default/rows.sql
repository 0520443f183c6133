INSERT INTO public.ticket (id) VALUES (1);
INSERT INTO public.ticket VALUES (2, 'urgent');
