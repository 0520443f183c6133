CREATE DOMAIN public.money_amount AS numeric(14,2) CHECK (VALUE >= 0);
CREATE DOMAIN public.short_code AS text NOT NULL;
CREATE TABLE public.payment (
    id integer PRIMARY KEY,
    amount public.money_amount,
    fee public.money_amount DEFAULT 0,
    code public.short_code
);
CREATE VIEW public.payment_total AS SELECT id, amount + fee AS total FROM public.payment;
