CREATE FUNCTION public.price_with_tax(amount numeric) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT round(amount * 1.2, 2)::double precision $$;
CREATE FUNCTION public.next_code() RETURNS bigint
    LANGUAGE sql
    AS $$ SELECT 7::bigint $$;
CREATE TABLE public.product (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    code bigint DEFAULT public.next_code()
);
CREATE VIEW public.product_price AS
    SELECT id, public.price_with_tax(price) AS gross FROM public.product;
