CREATE FUNCTION public.price_with_tax(amount numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT round(amount * 1.2, 2) $$;
CREATE FUNCTION public.next_code() RETURNS integer
    LANGUAGE sql
    AS $$ SELECT 7 $$;
CREATE TABLE public.product (
    id integer PRIMARY KEY,
    price numeric(10,2) NOT NULL,
    code bigint DEFAULT public.next_code()
);
CREATE VIEW public.product_price AS
    SELECT id, public.price_with_tax(price) AS gross FROM public.product;
