CREATE FUNCTION public.stats(n integer, OUT total bigint, OUT average numeric, OUT maximum integer)
    LANGUAGE sql
    AS $$ SELECT (n * 2)::bigint, n / 2.0, n $$;
CREATE TABLE public.reading (
    id integer PRIMARY KEY,
    v integer
);
CREATE VIEW public.reading_stats AS
    SELECT r.id, (public.stats(r.v)).total AS total FROM public.reading r;
