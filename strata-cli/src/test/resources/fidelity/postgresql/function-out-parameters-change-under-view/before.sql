CREATE FUNCTION public.stats(n integer, OUT total integer, OUT average numeric)
    LANGUAGE sql
    AS $$ SELECT n * 2, n / 2.0 $$;
CREATE TABLE public.reading (
    id integer PRIMARY KEY,
    v integer
);
CREATE VIEW public.reading_stats AS
    SELECT r.id, (public.stats(r.v)).total AS total FROM public.reading r;
