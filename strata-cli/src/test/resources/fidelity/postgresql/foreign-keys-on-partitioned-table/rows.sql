INSERT INTO public.account VALUES (1), (2);
INSERT INTO public.invoice VALUES (10, '2025-02-01', 1), (11, '2025-05-01', 2);
INSERT INTO public.invoice_line VALUES (10, '2025-02-01', 1, 5.00), (11, '2025-05-01', 1, 7.50);
