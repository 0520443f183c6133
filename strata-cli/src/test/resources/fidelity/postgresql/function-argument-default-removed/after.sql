CREATE FUNCTION public.discount(amount numeric, pct numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT amount * (100 - pct) / 100 $$;
CREATE TABLE public.sale (
    id integer PRIMARY KEY,
    amount numeric NOT NULL
);
CREATE VIEW public.sale_net AS
    SELECT id, public.discount(amount, 5) AS net FROM public.sale;
