INSERT INTO public.measurement VALUES (1, '2025-03-01', 1.5), (2, '2025-07-01', NULL);
