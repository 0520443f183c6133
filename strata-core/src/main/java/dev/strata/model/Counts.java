package dev.strata.model;

/** How many objects of each kind a model holds; compared with the catalogs' own counts in tests. */
public record Counts(int schemas, int tables, int columns, int indexes, int foreignKeys, int checks, int views,
                     int routines, int triggers, int sequences) {

    static Counts of(SchemaModel model) {
        int schemas = 0, tables = 0, columns = 0, indexes = 0, fks = 0, checks = 0, views = 0, routines = 0;
        int triggers = 0, sequences = 0;
        for (Schema s : model.schemas()) {
            schemas++;
            for (Table t : s.tables()) {
                tables++;
                columns += t.columns().size();
                indexes += t.indexes().size();
                fks += t.foreignKeys().size();
                checks += t.checks().size();
                triggers += t.triggers().size();
            }
            for (View v : s.views()) {
                views++;
                indexes += v.indexes().size();
            }
            routines += s.routines().size();
            sequences += s.sequences().size();
        }
        return new Counts(schemas, tables, columns, indexes, fks, checks, views, routines, triggers, sequences);
    }
}
