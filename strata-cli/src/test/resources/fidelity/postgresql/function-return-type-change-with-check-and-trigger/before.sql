CREATE FUNCTION public.valid_sku(sku text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT length(sku) = 8 $$;
CREATE FUNCTION public.touch() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TABLE public.item (
    id integer PRIMARY KEY,
    sku text NOT NULL,
    updated timestamptz,
    CONSTRAINT item_sku_valid CHECK (public.valid_sku(sku) IS NOT NULL)
);
CREATE TRIGGER item_touch BEFORE UPDATE ON public.item FOR EACH ROW WHEN (public.valid_sku(NEW.sku) IS NOT NULL) EXECUTE FUNCTION public.touch();
