package dev.strata.codegen;

import dev.strata.model.Column;
import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import dev.strata.model.EnumType;
import dev.strata.model.ForeignKey;
import dev.strata.model.Identity;
import dev.strata.model.PrimaryKey;
import dev.strata.model.QualifiedName;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A chinook-like schema built in memory (the inspectors land separately), and the changes the scenarios make. */
final class MusicSchema {
    static final String SCHEMA = "public";

    private MusicSchema() {
    }

    static SchemaModel original() {
        return model(artist(), album(), genre(), track(List.of()), employee());
    }

    /**
     * A column added to track, tables added (playlist and its junction with track, keyed by both references), a
     * column dropped (employee.title).
     */
    static SchemaModel changed() {
        Table employee = employee();
        List<Column> columns = new ArrayList<>(employee.columns());
        columns.removeIf(c -> c.name().equals("title"));
        return model(artist(), album(), genre(), track(List.of(integer("bpm", true))), with(employee, columns),
                playlist(), playlistTrack());
    }

    /** The original schema without the genre table (and track's reference to it). */
    static SchemaModel withoutGenre() {
        Table track = track(List.of());
        List<Column> columns = new ArrayList<>(track.columns());
        columns.removeIf(c -> c.name().equals("genre_id"));
        Table trackWithoutGenre = new Table(track.name(), columns, track.primaryKey(),
                List.of(track.foreignKeys().get(0)), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
                List.of(), null, null, null, List.of(), Map.of(), null);
        return model(artist(), album(), trackWithoutGenre, employee());
    }

    static Table artist() {
        return table("artist", List.of(identity("artist_id"), varchar("name", 120, true)), null);
    }

    static Table album() {
        return table("album", List.of(identity("album_id"), varchar("title", 160, false), integer("artist_id", false)),
                List.of(fk("album_artist_id_fkey", "artist_id", "artist", "artist_id")));
    }

    static Table genre() {
        return table("genre", List.of(identity("genre_id"), varchar("name", 120, true)), null);
    }

    static Table track(List<Column> extra) {
        List<Column> columns = new ArrayList<>(List.of(identity("track_id"), varchar("name", 200, false),
                integer("album_id", true), integer("genre_id", true), varchar("composer", 220, true),
                integer("milliseconds", false), numeric("unit_price", 10, 2, false),
                new Column("media_kind", "media_kind", DataType.named(Kind.ENUM, "media_kind"), true, null, null,
                        null, null, "How the track is delivered", Map.of())));
        columns.addAll(extra);
        return table("track", columns, List.of(fk("track_album_id_fkey", "album_id", "album", "album_id"),
                fk("track_genre_id_fkey", "genre_id", "genre", "genre_id")));
    }

    static Table employee() {
        return table("employee", List.of(identity("employee_id"), varchar("last_name", 20, false),
                varchar("first_name", 20, false), varchar("title", 30, true), integer("reports_to", true),
                new Column("birth_date", "timestamp", DataType.of(Kind.TIMESTAMP), true, null, null, null, null, null,
                        Map.of()),
                new Column("email", "varchar(60)", DataType.sized(Kind.VARCHAR, 60), true, null, null, null, null,
                        null, Map.of())),
                List.of(fk("employee_reports_to_fkey", "reports_to", "employee", "employee_id")));
    }

    static Table playlist() {
        return table("playlist", List.of(identity("playlist_id"), varchar("name", 120, true)), null);
    }

    static Table playlistTrack() {
        List<Column> columns = List.of(integer("playlist_id", false), integer("track_id", false));
        return new Table(QualifiedName.of(SCHEMA, "playlist_track"), columns,
                PrimaryKey.of("playlist_track_pkey", List.of("playlist_id", "track_id")),
                List.of(fk("playlist_track_playlist_id_fkey", "playlist_id", "playlist", "playlist_id"),
                        fk("playlist_track_track_id_fkey", "track_id", "track", "track_id")),
                List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, null, null,
                List.of(), Map.of(), null);
    }

    static Table with(Table t, List<Column> columns) {
        return new Table(t.name(), columns, t.primaryKey(), t.foreignKeys(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, List.of(), null, null, t.comment(), List.of(), Map.of(), null);
    }

    static SchemaModel model(Table... tables) {
        EnumType mediaKind = new EnumType(QualifiedName.of(SCHEMA, "media_kind"),
                List.of("audio", "video", "audio+video"), null, null, List.of());
        Schema schema = new Schema(SCHEMA, null, null, List.of(), Arrays.asList(tables), List.of(), List.of(),
                List.of(mediaKind), List.of(), List.of(), List.of());
        return new SchemaModel("postgresql", List.of(schema), List.of(), List.of());
    }

    static Table table(String name, List<Column> columns, List<ForeignKey> fks) {
        return new Table(QualifiedName.of(SCHEMA, name), columns, PrimaryKey.of(name + "_pkey",
                List.of(columns.get(0).name())), fks == null ? List.of() : fks, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, null, List.of(), null, null, null, List.of(), Map.of(), null);
    }

    static Column identity(String name) {
        return new Column(name, "integer", DataType.of(Kind.INTEGER), false, null, Identity.of(Identity.Kind.ALWAYS),
                null, null, null, Map.of());
    }

    static Column varchar(String name, int length, boolean nullable) {
        return Column.of(name, "character varying(" + length + ")", DataType.sized(Kind.VARCHAR, length), nullable);
    }

    static Column integer(String name, boolean nullable) {
        return Column.of(name, "integer", DataType.of(Kind.INTEGER), nullable);
    }

    static Column numeric(String name, int precision, int scale, boolean nullable) {
        return Column.of(name, "numeric(" + precision + "," + scale + ")", DataType.numeric(precision, scale),
                nullable);
    }

    static ForeignKey fk(String name, String column, String target, String targetColumn) {
        return new ForeignKey(name, List.of(column), QualifiedName.of(SCHEMA, target), List.of(targetColumn),
                "NO ACTION", "NO ACTION", false, false, "SIMPLE", true, null);
    }

    static CodegenSettings settings() {
        return new CodegenSettings("com.example.music", "Music", "1.0.0");
    }

    static Map<String, String> generate(SchemaModel model) {
        return DerivedFiles.generate(SchemaEntities.derive(model), settings(), dumps(model));
    }

    /** As {@link #generate}, each file with its policy, as a rebuild regenerates them. */
    static java.util.List<GeneratedFile> files(SchemaModel model) {
        return DerivedFiles.files(SchemaEntities.derive(model), settings(), dumps(model));
    }

    private static Map<String, String> dumps(SchemaModel model) {
        return DerivedFiles.schemaDumps("-- schema of " + model.schemas().get(0).tables().size() + " tables\n",
                "-- init\n");
    }
}
