CREATE FUNCTION public.label_for(category text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT upper(category) || '-0' $$;
CREATE TABLE public.ticket (
    id integer PRIMARY KEY,
    label text DEFAULT public.label_for('new'),
    CONSTRAINT ticket_label_known CHECK (public.label_for(label) <> '')
);
