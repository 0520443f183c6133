package dev.strata.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.cli.MergeMatrix.Change;
import dev.strata.cli.MergeMatrix.Customization;
import dev.strata.cli.MergeMatrix.Database;
import dev.strata.cli.MergeMatrix.Generated;
import dev.strata.testkit.Corpus;
import dev.strata.testkit.PostgresDatabase;
import dev.strata.testkit.PostgresServer;
import dev.strata.testkit.SqliteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11's proof: 16 customizations users make (13 in the entity, 3 in admin.yaml and openapi.yaml) crossed with
 * 8 database changes, on chinook (SQLite) and northwind (PostgreSQL), through the command line in-process.
 * <p>
 * Design, to keep the run short: one fresh database and project per database change (8 per dialect, not 128
 * rebuild cycles). In each, {@code rebuild-from-database}; every Java customization is applied together to the one
 * entity the changes touch ({@code Track}, {@code Order}), each to a different member, then
 * {@code rebuild-from-model} (the derived files follow the entity) and the YAML customizations; then the database
 * change and {@code rebuild-from-database}. A cell passes when the customization is still there outside any conflict
 * markers; the two designed true conflicts (the user's length against a widened column, the user's edited getter
 * against the dropped column) pass when the rebuild exits 7 with markers around that member only; the user then
 * takes strata's side and rebuilds (exit 0). Per change, after that: the change shows in the entity, its DTO,
 * OpenAPI and admin.yaml, the sources compile (javac), and a second rebuild changes no byte. The table is printed; the test fails listing every failing cell.
 */
class RebuildMergeMatrixTest {
    private static final String MODEL = "src/main/java/app/model/";
    private static final String DTO = "src/main/java/app/dto/";
    private static final String ADMIN = "ui/admin/admin.yaml";
    private static final String API = "api/openapi.yaml";

    @TempDir
    Path dir;

    @Test
    void chinookOnSqlite() {
        MergeMatrix matrix = new MergeMatrix("chinook on SQLite", customizations("Track", TRACK),
                new Generated(null, MODEL, DTO, "Track"));
        int i = 0;
        for (Change change : chinookChanges()) {
            int n = i++;
            matrix.run(change, () -> freshChinook(n), dir.resolve("project" + n), ModelFiles::namesAsWritten,
                    dir.resolve("classes" + n));
        }
        report(matrix);
    }

    @Test
    void northwindOnPostgresql() {
        MergeMatrix matrix = new MergeMatrix("northwind on PostgreSQL", customizations("Order", ORDER),
                new Generated(null, MODEL, DTO, "Order"));
        int i = 0;
        for (Change change : northwindChanges()) {
            int n = i++;
            matrix.run(change, () -> freshNorthwind(n), dir.resolve("project" + n), project -> { },
                    dir.resolve("classes" + n));
        }
        report(matrix);
    }

    private static void report(MergeMatrix matrix) {
        System.out.println(matrix.table());
        assertThat(matrix.failures()).as(matrix.table()).isEmpty();
    }

    /** The text a customization edits, per entity: the members picked for each edit. */
    private record Members(String javadoc, String annotated, String importAfter, String lengthFrom, String lengthTo,
                           String aliasField, String aliasTo, String aliasColumn, String between, String betweenMethod,
                           String initialized, String initializer, String firstGetter, String moved,
                           String deletedGetter, String editedReturn, String editedTo, String relabelItem,
                           String relabelFrom, String relabelTo) {
    }

    private static final Members TRACK = new Members("/** The {@code Track} table. */",
            "    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"AlbumId\"", "import java.math.BigDecimal;\n",
            "columnDefinition = \"NVARCHAR(200)\")\n    private String name;",
            "columnDefinition = \"NVARCHAR(250)\")\n    private String name;",
            "Integer milliseconds", "durationMs", "@Column(name = \"Milliseconds\", nullable = false)",
            "        this.milliseconds = milliseconds;\n    }\n",
            "    public long seconds() {\n        return getMilliseconds() / 1000L;\n    }\n",
            "private BigDecimal unitPrice;", "private BigDecimal unitPrice = BigDecimal.ZERO;",
            "    public Integer getTrackId() {",
            "    public BigDecimal getUnitPrice() {\n        return unitPrice;\n    }\n\n"
                    + "    public void setUnitPrice(BigDecimal unitPrice) {\n        this.unitPrice = unitPrice;\n    }\n\n",
            "    public List<PlaylistTrack> getPlaylistTracks() {\n        return playlistTracks;\n    }\n\n",
            "return bytes;", "return bytes == null ? 0 : bytes;", "unitPrice", "Unit Price", "Price");

    private static final Members ORDER = new Members("/** The {@code orders} table. */",
            "    @ManyToOne(fetch = FetchType.LAZY)\n    @JoinColumn(name = \"employee_id\"", "import java.time.LocalDate;\n",
            "@Column(length = 40)\n    private String shipName;", "@Column(length = 60)\n    private String shipName;",
            "String shipPostalCode", "postalCode", "@Column(name = \"ship_postal_code\", length = 10)",
            "        this.freight = freight;\n    }\n",
            "    public boolean heavy() {\n        return getFreight() != null && getFreight() > 100;\n    }\n",
            "private Float freight;", "private Float freight = 0f;",
            "    public Short getOrderId() {",
            "    public String getShipCountry() {\n        return shipCountry;\n    }\n\n"
                    + "    public void setShipCountry(String shipCountry) {\n        this.shipCountry = shipCountry;\n    }\n\n",
            "    public LocalDate getShippedDate() {\n        return shippedDate;\n    }\n\n",
            "return shipRegion;", "return shipRegion == null ? \"\" : shipRegion.trim();", "freight", "Freight", "Shipping cost");

    /** The twelve entity customizations, an edited getter, and three in admin.yaml and openapi.yaml. */
    private static List<Customization> customizations(String type, Members m) {
        String entity = MODEL + type + ".java";
        String aliasName = m.aliasField().split(" ")[1];
        String movedSignature = m.moved().lines().findFirst().orElseThrow().strip();
        String deletedSignature = m.deletedGetter().lines().findFirst().orElseThrow().strip();
        return List.of(
                java("a method at the end", entity, p -> appendMember(p, entity, "    /** Mine: how the shop lists it. */\n"
                        + "    public String describe() {\n        return \"" + type + " \" + hashCode();\n    }\n"),
                        t -> t.contains("public String describe()")),
                java("a method between getters", entity, replace(entity, m.between(), m.between() + "\n" + m.betweenMethod()),
                        t -> t.contains(m.betweenMethod())),
                java("an extra annotation on a field", entity, replace(entity, m.annotated(), "    @JsonIgnore\n" + m.annotated())
                                .andThen(replace(entity, "import jakarta.persistence.Column;\n",
                                        "import com.fasterxml.jackson.annotation.JsonIgnore;\nimport jakarta.persistence.Column;\n")),
                        t -> t.contains("    @JsonIgnore\n" + m.annotated())
                                && t.contains("import com.fasterxml.jackson.annotation.JsonIgnore;\n")),
                java("a changed @Column length", entity, replace(entity, m.lengthFrom(), m.lengthTo()),
                        t -> t.contains(m.lengthTo())),
                java("a field renamed to alias its column", entity, p -> alias(p, entity, m, aliasName),
                        t -> t.contains(m.aliasColumn() + "\n    private " + m.aliasField().split(" ")[0] + " "
                                + m.aliasTo() + ";")),
                java("Javadoc on the class and a field", entity, replace(entity, m.javadoc(), "/** Mine: what it is for. */")
                                .andThen(replace(entity, "    " + m.initialized(), "    /** Mine: in euros. */\n    "
                                        + m.initialized())),
                        t -> t.contains("/** Mine: what it is for. */\n@Entity") && t.contains("/** Mine: in euros. */")),
                java("an extra import", entity, replace(entity, m.importAfter(), m.importAfter()
                        + "import java.util.Locale;\n"), t -> t.contains("import java.util.Locale;\n")),
                java("a field initializer", entity, replace(entity, m.initialized(), m.initializer()),
                        t -> t.contains(m.initializer())),
                java("implements Serializable", entity, replace(entity, "public class " + type + " {",
                                "public class " + type + " implements Serializable {")
                                .andThen(replace(entity, "import jakarta.persistence.Column;\n",
                                        "import jakarta.persistence.Column;\nimport java.io.Serializable;\n")),
                        t -> t.contains("public class " + type + " implements Serializable {")
                                && t.contains("import java.io.Serializable;\n")),
                java("equals, hashCode, toString", entity, replace(entity, m.firstGetter(), identity(type, m.firstGetter()))
                                .andThen(replace(entity, "import java.util.List;\n", "import java.util.List;\n"
                                        + "import java.util.Objects;\n")),
                        t -> t.contains("public boolean equals(Object other)") && t.contains("public int hashCode()")
                                && t.contains("public String toString()") && t.contains("import java.util.Objects;")),
                java("members reordered", entity, p -> move(p, entity, m.moved(), m.firstGetter()),
                        t -> t.contains(movedSignature) && t.indexOf(movedSignature) < t.indexOf(m.firstGetter().strip())),
                java("a generated getter deleted", entity, replace(entity, m.deletedGetter(), ""),
                        t -> !t.contains(deletedSignature)),
                java("a getter edited", entity, replace(entity, m.editedReturn(), m.editedTo()),
                        t -> t.contains(m.editedTo())),
                yaml("admin.yaml: an attribute relabelled", ADMIN, p -> editIn(p, ADMIN, "  " + type + ":\n",
                                "      - name: " + m.relabelItem() + "\n        label: " + m.relabelFrom() + "\n",
                                "      - name: " + m.relabelItem() + "\n        label: " + m.relabelTo() + "\n"),
                        t -> attribute(t, type, m.relabelItem()).path("label").asText().equals(m.relabelTo())),
                yaml("admin.yaml: a comment and a resource label", ADMIN, replace(ADMIN, "  " + type + ":\n    label: "
                                + type + "\n", "  # Mine: what the shop calls it\n  " + type + ":\n    label: Mine\n"),
                        t -> t.contains("  # Mine: what the shop calls it\n  " + type + ":\n    label: Mine\n")),
                yaml("openapi.yaml: a summary rewritten", API, replace(API, "summary: \"List " + type
                                + " records, a page at a time\"", "summary: Mine, a page at a time"),
                        t -> t.contains("summary: Mine, a page at a time")));
    }

    private static Customization java(String name, String file, Consumer<Path> apply, Predicate<String> kept) {
        return new Customization(name, file, true, apply, kept);
    }

    private static Customization yaml(String name, String file, Consumer<Path> apply, Predicate<String> kept) {
        return new Customization(name, file, false, apply, kept);
    }

    private static JsonNode attribute(String admin, String type, String name) {
        try {
            for (JsonNode a : new com.fasterxml.jackson.databind.ObjectMapper(
                    new com.fasterxml.jackson.dataformat.yaml.YAMLFactory()).readTree(admin)
                    .path("resources").path(type).path("attributes")) {
                if (a.path("name").asText().equals(name)) {
                    return a;
                }
            }
        } catch (java.io.IOException e) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static String identity(String type, String firstGetter) {
        String id = firstGetter.strip().split(" ")[2].replace("get", "").replace("()", "");
        String field = Character.toLowerCase(id.charAt(0)) + id.substring(1);
        return "    @Override\n    public boolean equals(Object other) {\n        return other instanceof " + type
                + " that && Objects.equals(" + field + ", that." + field + ");\n    }\n\n"
                + "    @Override\n    public int hashCode() {\n        return Objects.hashCode(" + field + ");\n    }\n\n"
                + "    @Override\n    public String toString() {\n        return \"" + type + "#\" + " + field
                + ";\n    }\n\n" + firstGetter;
    }

    private static Consumer<Path> replace(String file, String from, String to) {
        return p -> ModelFiles.edit(p, file, from, to);
    }

    /** Replaces the first {@code from} after {@code section}, as a user edits one resource of admin.yaml. */
    private static void editIn(Path p, String file, String section, String from, String to) {
        String text = ModelFiles.read(p, file);
        int at = text.indexOf(from, text.indexOf(section));
        assertThat(at).as(file + ": " + from).isPositive();
        Project.write(p.resolve(file), text.substring(0, at) + to + text.substring(at + from.length()));
    }

    private static void appendMember(Path p, String file, String member) {
        String text = ModelFiles.read(p, file);
        int end = text.lastIndexOf('}');
        Project.write(p.resolve(file), text.substring(0, end) + "\n" + member + text.substring(end));
    }

    private static void move(Path p, String file, String block, String before) {
        ModelFiles.edit(p, file, block, "");
        ModelFiles.edit(p, file, before, block + before);
    }

    /** The field keeps its column under a name of the user's; its accessors keep their names. */
    private static void alias(Path p, String file, Members m, String field) {
        String text = ModelFiles.read(p, file);
        String declaration = "\n    private " + m.aliasField() + ";";
        int at = text.indexOf(declaration);
        assertThat(at).as(file).isPositive();
        int annotation = text.lastIndexOf("\n    @Column(", at);
        boolean annotated = annotation >= 0 && text.indexOf('\n', annotation + 1) == at;
        String before = annotated ? text.substring(0, annotation) : text.substring(0, at);
        String type = m.aliasField().split(" ")[0];
        text = before + "\n    " + m.aliasColumn() + "\n    private " + type + " " + m.aliasTo() + ";"
                + text.substring(at + declaration.length());
        text = text.replace("return " + field + ";", "return " + m.aliasTo() + ";")
                .replace("this." + field + " = " + field + ";", "this." + m.aliasTo() + " = " + field + ";");
        Project.write(p.resolve(file), text);
    }

    private List<Change> chinookChanges() {
        return List.of(
                sql("add a column", "ALTER TABLE Track ADD COLUMN Bpm INTEGER;",
                        g -> g.entity().contains("private Integer bpm;"), g -> g.dto().contains("Integer bpm"),
                        g -> g.apiProperties().has("bpm"), g -> g.adminAttributes().contains("bpm")),
                conflicting(sql("drop a column", "ALTER TABLE Track DROP COLUMN Bytes;",
                        g -> !g.entity().contains("private Integer bytes;"), g -> !g.dto().contains(" bytes"),
                        g -> !g.apiProperties().has("bytes"), g -> !g.adminAttributes().contains("bytes")),
                        "a getter edited", "bytes == null"),
                sql("add a foreign key to the entity", "ALTER TABLE Track ADD COLUMN ArtistId INTEGER REFERENCES Artist (ArtistId);",
                        g -> g.entity().contains("private Artist artist;"), g -> g.dto().contains("Integer artistId"),
                        g -> g.apiProperties().has("artistId"), g -> relationship(g, "artist")),
                new Change("drop a table it references", db -> sqliteSchemaChange(db, schema -> dropGenre(schema)), null,
                        null, g -> !g.entity().contains("private Genre genre;") && g.entity().contains("Integer genreId;"),
                        g -> g.dto().contains("Integer genreId"),
                        g -> !g.api().path("components").path("schemas").has("GenreResponse") && MergeMatrix.validOpenApi(g),
                        g -> !g.admin().has("Genre") && !relationship(g, "genre")),
                sql("a declared column rename", "ALTER TABLE Track RENAME COLUMN Composer TO Writer;",
                        g -> g.entity().contains("private String writer;") && !g.entity().contains("private String composer;"),
                        g -> g.dto().contains("String writer"), g -> g.apiProperties().has("writer")
                                && !g.apiProperties().has("composer"), g -> g.adminAttributes().contains("writer")),
                conflicting(new Change("a widened type", db -> sqliteSchemaChange(db,
                        schema -> swap(schema, "[Name] NVARCHAR(200)  NOT NULL", "[Name] NVARCHAR(300)  NOT NULL")), null, null,
                        g -> g.entity().contains("NVARCHAR(300)"), g -> g.dto().contains("String name"),
                        MergeMatrix::validOpenApi, g -> g.adminAttributes().contains("name")),
                        "a changed @Column length", "NVARCHAR(250)"),
                sql("a new table", "CREATE TABLE TrackReview (ReviewId INTEGER PRIMARY KEY, "
                                + "TrackId INTEGER NOT NULL REFERENCES Track (TrackId), Stars INTEGER);",
                        g -> g.entity().contains("List<TrackReview> trackReviews") && g.exists(MODEL + "TrackReview.java"),
                        g -> g.exists(DTO + "TrackReviewResponse.java"), g -> g.api().path("paths").has("/track-reviews"),
                        g -> g.admin().has("TrackReview") && relationship(g, "trackReviews")),
                sql("a new index", "CREATE INDEX IX_TrackComposer ON Track (Composer);",
                        g -> g.entity().contains("@Index(name = \"IX_TrackComposer\""), g -> g.dto().contains("String composer"),
                        MergeMatrix::validOpenApi, g -> g.adminAttributes().contains("composer")));
    }

    private List<Change> northwindChanges() {
        return List.of(
                sql("add a column", "ALTER TABLE orders ADD COLUMN tracking_code varchar(30);",
                        g -> g.entity().contains("private String trackingCode;"), g -> g.dto().contains("String trackingCode"),
                        g -> g.apiProperties().has("trackingCode"), g -> g.adminAttributes().contains("trackingCode")),
                conflicting(sql("drop a column", "ALTER TABLE orders DROP COLUMN ship_region;",
                        g -> !g.entity().contains("private String shipRegion;"), g -> !g.dto().contains("shipRegion"),
                        g -> !g.apiProperties().has("shipRegion"), g -> !g.adminAttributes().contains("shipRegion")),
                        "a getter edited", "shipRegion.trim()"),
                sql("add a foreign key to the entity",
                        "ALTER TABLE orders ADD COLUMN region_id smallint REFERENCES region (region_id);",
                        g -> g.entity().contains("private Region region;"), g -> g.dto().contains("Short regionId"),
                        g -> g.apiProperties().has("regionId"), g -> relationship(g, "region")),
                sql("drop a table it references", "DROP TABLE shippers CASCADE;",
                        g -> !g.entity().contains("private Shipper shipper;") && g.entity().contains("private Short shipVia;"),
                        g -> g.dto().contains("Short shipVia"),
                        g -> !g.api().path("components").path("schemas").has("ShipperResponse") && MergeMatrix.validOpenApi(g),
                        g -> !g.admin().has("Shipper") && !relationship(g, "shipper")),
                sql("a declared column rename", "ALTER TABLE orders RENAME COLUMN ship_city TO delivery_city;",
                        g -> g.entity().contains("private String deliveryCity;") && !g.entity().contains("String shipCity;"),
                        g -> g.dto().contains("String deliveryCity"), g -> g.apiProperties().has("deliveryCity")
                                && !g.apiProperties().has("shipCity"), g -> g.adminAttributes().contains("deliveryCity")),
                conflicting(sql("a widened type", "ALTER TABLE orders ALTER COLUMN ship_name TYPE varchar(80);",
                        g -> g.entity().contains("length = 80"), g -> g.read(DTO + "OrderCreate.java").contains("@Size(max = 80) String shipName"),
                        g -> g.apiProperties().path("shipName").path("maxLength").asInt() == 80,
                        g -> g.adminAttributes().contains("shipName")),
                        "a changed @Column length", "length = 60"),
                sql("a new table", "CREATE TABLE order_notes (note_id integer PRIMARY KEY, "
                                + "order_id smallint NOT NULL REFERENCES orders (order_id), note text);",
                        g -> g.entity().contains("List<OrderNote> orderNotes") && g.exists(MODEL + "OrderNote.java"),
                        g -> g.exists(DTO + "OrderNoteResponse.java"), g -> g.api().path("paths").has("/order-notes"),
                        g -> g.admin().has("OrderNote") && relationship(g, "orderNotes")),
                sql("a new index", "CREATE INDEX orders_ship_country_idx ON orders (ship_country);",
                        g -> g.entity().contains("orders_ship_country_idx"), g -> g.dto().contains("String shipCountry"),
                        MergeMatrix::validOpenApi, g -> g.adminAttributes().contains("shipCountry")));
    }

    private static Change sql(String name, String sql, Predicate<Generated> entity, Predicate<Generated> dto,
                              Predicate<Generated> api, Predicate<Generated> admin) {
        return new Change(name, db -> db.sql().accept(sql), null, null, entity, dto, api, admin);
    }

    private static Change conflicting(Change change, String customization, String member) {
        return new Change(change.name(), change.apply(), customization, member, change.entity(), change.dto(),
                change.api(), change.admin());
    }

    private static boolean relationship(Generated g, String name) {
        for (JsonNode r : g.admin().path(g.type()).path("relationships")) {
            if (r.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private Database freshChinook(int n) {
        Path file = SqliteFiles.fresh(dir, "chinook" + n);
        SqliteFiles.load(file, corpus("sqlite", "chinook").files().toArray(Path[]::new));
        return new Database(SqliteFiles.url(file), sql -> SqliteFiles.loadText(file, sql), file, () -> { });
    }

    private static Database freshNorthwind(int n) {
        PostgresDatabase db = PostgresServer.get().create("merge_matrix_" + n);
        db.load(corpus("postgresql", "northwind").files().toArray(Path[]::new));
        return new Database(db.url(), db::psql, null, db::close);
    }

    private static Corpus.Case corpus(String dialect, String name) {
        return Corpus.schema(dialect, name);
    }

    /**
     * A change SQLite's ALTER TABLE cannot make, made as a user would with strata: dump the schema, edit it,
     * {@code diff --sql} from the database to the edited file (a table rebuild), and run that.
     */
    private void sqliteSchemaChange(Database db, UnaryOperator<String> edit) {
        String schema = cli("dump", "--url", db.url());
        Path wanted = dir.resolve("wanted-" + db.db().getFileName() + ".sql");
        Project.write(wanted, edit.apply(schema));
        SqliteFiles.loadText(db.db(), cli("diff", "--from", db.url(), "--to", wanted.toString(), "--sql"));
    }

    private static String dropGenre(String schema) {
        int table = schema.indexOf("CREATE TABLE [Genre]");
        String without = schema.substring(0, table) + schema.substring(schema.indexOf(");\n", table) + 3);
        without = swap(without, ",\n    FOREIGN KEY ([GenreId]) REFERENCES [Genre] ([GenreId]) \n"
                + "\t\tON DELETE NO ACTION ON UPDATE NO ACTION", "");
        return swap(without, "CREATE INDEX [IFK_TrackGenreId] ON [Track] ([GenreId]);\n", "");
    }

    private static String swap(String text, String from, String to) {
        assertThat(text).contains(from);
        return text.replace(from, to);
    }

    private static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertThat(exit).as(String.join(" ", args) + ": " + err).isZero();
        return out.toString();
    }
}
