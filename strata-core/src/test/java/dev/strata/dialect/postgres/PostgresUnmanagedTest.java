package dev.strata.dialect.postgres;

import dev.strata.dump.DumpOptions;
import dev.strata.model.SchemaModel;
import dev.strata.model.UnmanagedObject;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Objects strata does not model are listed as unmanaged and named in the dump, never dropped silently. */
class PostgresUnmanagedTest {
    @Test
    void listsWhatItDoesNotModel() {
        try (PostgresDatabase db = PostgresServer.get().create("unmanaged")) {
            db.psql("""
                    CREATE EXTENSION pg_trgm;
                    CREATE TABLE t (a int, b int);
                    CREATE TEXT SEARCH CONFIGURATION public.my_ts (COPY = pg_catalog.english);
                    CREATE STATISTICS public.t_ab ON a, b FROM t;
                    CREATE FUNCTION public.int_eq(int, text) RETURNS boolean LANGUAGE sql AS 'SELECT $1::text = $2';
                    CREATE OPERATOR public.=== (LEFTARG = int, RIGHTARG = text, FUNCTION = public.int_eq);
                    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC;
                    """);
            SchemaModel model = PgRoundTrip.inspect(db);
            assertThat(model.unmanaged()).extracting(UnmanagedObject::kind).contains("text search configuration",
                    "statistics", "operator", "default privileges");
            assertThat(model.unmanaged()).as("extension members come back with CREATE EXTENSION")
                    .noneMatch(u -> u.name().contains("gin_trgm_ops") || u.name().startsWith("%"));
            assertThat(model.schema("public").orElseThrow().routines()).extracting(r -> r.name().name())
                    .containsExactly("int_eq");
            assertThat(PgRoundTrip.dump(model, DumpOptions.DEFAULT))
                    .contains("-- not dumped, strata does not model it: text search configuration public.my_ts");
        }
    }
}
