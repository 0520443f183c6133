package dev.strata.dialect.mysql;

import dev.strata.dump.DumpOptions;
import dev.strata.dump.Dumper;
import dev.strata.model.Event;
import dev.strata.model.OptionKeys;
import dev.strata.model.Routine;
import dev.strata.model.Schema;
import dev.strata.model.SchemaModel;
import dev.strata.model.Sequence;
import dev.strata.model.Table;
import dev.strata.model.Trigger;
import dev.strata.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Renders a model as a script that loads with {@code mariadb DB < dump.sql} in one pass: tables (foreign keys
 * inline, with FOREIGN_KEY_CHECKS off, as mariadb-dump does; sequences before them), routines, views in dependency
 * order, triggers, events.
 * Before each routine, view and trigger the session variables it was created under (sql_mode,
 * character_set_client, collation_connection) are set, because the server stores them with the object.
 * Plain SET statements instead of mariadb-dump's version comments; DELIMITER around routine and trigger bodies.
 */
public final class MySqlDumper implements Dumper {
    private static final String BASE_SQL_MODE = "NO_AUTO_VALUE_ON_ZERO";
    private static final List<String> DELIMITERS = List.of(";;", "$$", "//", "@@@");

    @Override
    public String dump(SchemaModel model, DumpOptions options) {
        StringBuilder out = new StringBuilder(header(options.init()));
        String delimiter = delimiter(model);
        boolean several = model.schemas().size() > 1;
        for (Schema schema : model.schemas()) {
            if (several) {
                out.append("\nCREATE DATABASE IF NOT EXISTS ").append(MySqlDdl.quote(schema.name())).append(";\n")
                        .append("USE ").append(MySqlDdl.quote(schema.name())).append(";\n");
            }
            new Section(out, options.init(), delimiter).schema(schema);
        }
        out.append("\nSET SQL_MODE = '").append(BASE_SQL_MODE).append("';\n")
                .append("SET FOREIGN_KEY_CHECKS = 1;\nSET UNIQUE_CHECKS = 1;\n");
        return out.toString();
    }

    private static String header(boolean init) {
        StringBuilder sb = new StringBuilder();
        if (init) {
            sb.append("-- strata dump, MariaDB/MySQL schema only, for a container init directory ")
                    .append("(docker-entrypoint-initdb.d).\n")
                    .append("-- No DEFINER clauses (objects belong to the user that loads the file) and no ")
                    .append("version-conditional comments.\n")
                    .append("-- The one client directive is DELIMITER around routine and trigger bodies: the ")
                    .append("mariadb/mysql client that\n")
                    .append("-- runs init scripts needs it to send a body that contains semicolons as one ")
                    .append("statement.\n");
        } else {
            sb.append("-- strata dump, MariaDB/MySQL schema only. Load into an empty database with: ")
                    .append("mariadb DB < FILE\n");
        }
        return sb.append("SET NAMES utf8mb4;\n")
                .append("SET FOREIGN_KEY_CHECKS = 0;\n")
                .append("SET UNIQUE_CHECKS = 0;\n")
                .append("SET SQL_NOTES = 0;\n")
                .append("SET SQL_MODE = '").append(BASE_SQL_MODE).append("';\n").toString();
    }

    /** The first delimiter that no routine or trigger body contains. */
    private static String delimiter(SchemaModel model) {
        List<String> bodies = new ArrayList<>();
        for (Schema s : model.schemas()) {
            s.routines().forEach(r -> bodies.add(r.definition()));
            s.events().forEach(e -> bodies.add(e.body()));
            s.tables().forEach(t -> t.triggers().forEach(g -> bodies.add(g.definition())));
        }
        for (String d : DELIMITERS) {
            if (bodies.stream().noneMatch(b -> b.contains(d))) {
                return d;
            }
        }
        throw new IllegalStateException("every candidate DELIMITER occurs in some routine body");
    }

    /** Writes one schema's objects. */
    private static final class Section {
        private final StringBuilder out;
        private final boolean init;
        private final String delimiter;

        Section(StringBuilder out, boolean init, String delimiter) {
            this.out = out;
            this.init = init;
            this.delimiter = delimiter;
        }

        void schema(Schema schema) {
            for (Sequence sequence : schema.sequences()) {   // before the tables whose defaults draw from them
                out.append('\n').append(MySqlSequences.create(sequence)).append(";\n");
            }
            for (Table table : schema.tables()) {
                out.append('\n').append(MySqlDdl.createTable(table, true)).append(";\n");
            }
            for (Routine routine : schema.routines()) {
                compound(routine.definition(), routine.options());
            }
            for (View view : MySqlViewOrder.sorted(schema.views())) {
                view(view);
            }
            for (Trigger trigger : triggersInFiringOrder(schema)) {
                compound(trigger.definition(), trigger.options());
            }
            schema.events().forEach(this::event);
        }

        /** An event's times are read in its time zone, which is set around it. */
        private void event(Event event) {
            String zone = event.options().get(OptionKeys.TIME_ZONE);
            out.append("\nSET @strata_saved_time_zone = @@time_zone;\nSET time_zone = ")
                    .append(MySqlDdl.literal(zone == null ? "SYSTEM" : zone)).append(";");
            compound(MySqlEvents.create(event, true), event.options());
            out.append("SET time_zone = @strata_saved_time_zone;\n");
        }

        private void view(View view) {
            out.append('\n');
            session(view.options(), null);
            out.append(MySqlDdl.createView(view, !init)).append(";\n");
            out.append("SET NAMES utf8mb4;\n");
        }

        /** A routine or trigger: its session settings, then its definition between DELIMITER lines. */
        private void compound(String definition, Map<String, String> options) {
            out.append('\n');
            session(options, options.get("sql_mode"));
            String statement = init ? MySqlDdl.withoutDefiner(definition, options.get("definer")) : definition;
            out.append("DELIMITER ").append(delimiter).append('\n').append(statement).append('\n')
                    .append(delimiter).append("\nDELIMITER ;\n");
            out.append("SET SQL_MODE = '").append(BASE_SQL_MODE).append("';\n").append("SET NAMES utf8mb4;\n");
        }

        private void session(Map<String, String> options, String sqlMode) {
            if (sqlMode != null) {
                out.append("SET SQL_MODE = ").append(MySqlDdl.literal(sqlMode)).append(";\n");
            }
            if (options.get("character_set_client") != null) {
                out.append("SET character_set_client = ").append(options.get("character_set_client")).append(";\n");
            }
            if (options.get("collation_connection") != null) {
                out.append("SET collation_connection = ").append(options.get("collation_connection")).append(";\n");
            }
        }

        /** Per table and timing/event, triggers fire in creation order (ACTION_ORDER), so create them in it. */
        private static List<Trigger> triggersInFiringOrder(Schema schema) {
            List<Trigger> all = new ArrayList<>();
            schema.tables().forEach(t -> all.addAll(t.triggers()));
            all.sort(Comparator.comparing((Trigger t) -> t.table().name()).thenComparing(Trigger::timing)
                    .thenComparing(Trigger::events)
                    .thenComparingInt(t -> Integer.parseInt(t.options().getOrDefault(OptionKeys.ACTION_ORDER, "0")))
                    .thenComparing(Trigger::name));
            return all;
        }
    }

}
