package dev.strata.dialect.mysql;

import dev.strata.model.Event;
import dev.strata.model.OptionKeys;
import dev.strata.model.QualifiedName;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.strata.dialect.mysql.MySqlDdl.quote;

/**
 * MariaDB/MySQL scheduled events: read from information_schema.EVENTS, written as SHOW CREATE EVENT prints them
 * (https://mariadb.com/kb/en/create-event/), changed in place with ALTER EVENT
 * (https://mariadb.com/kb/en/alter-event/), which can set every clause but the name.
 */
final class MySqlEvents {
    /** The session variable a plan keeps the client's time zone in while it creates an event. */
    private static final String SAVED_TIME_ZONE = "@strata_saved_time_zone";

    private MySqlEvents() {
    }

    /** An event from a row of {@link #EVENTS}. */
    static Event event(String schema, ResultSet rs) throws SQLException {
        Map<String, String> options = new TreeMap<>();
        options.put("definer", rs.getString("DEFINER"));
        options.put("time_zone", rs.getString("TIME_ZONE"));
        options.put("sql_mode", rs.getString("SQL_MODE") == null ? "" : rs.getString("SQL_MODE"));
        options.put("character_set_client", rs.getString("CHARACTER_SET_CLIENT"));
        options.put("collation_connection", rs.getString("COLLATION_CONNECTION"));
        options.put("db_collation", rs.getString("DATABASE_COLLATION"));
        String comment = rs.getString("EVENT_COMMENT");
        return new Event(QualifiedName.of(schema, rs.getString("EVENT_NAME")), rs.getString("EXECUTE_AT"),
                rs.getString("INTERVAL_VALUE"), rs.getString("INTERVAL_FIELD"), rs.getString("STARTS"),
                rs.getString("ENDS"), "PRESERVE".equals(rs.getString("ON_COMPLETION")), rs.getString("STATUS"),
                comment == null || comment.isEmpty() ? null : comment, rs.getString("EVENT_DEFINITION"), options);
    }

    /** CREATE EVENT with every clause, as SHOW CREATE EVENT prints it. */
    static String create(Event e, boolean withDefiner) {
        return "CREATE " + (withDefiner ? "DEFINER=" + MySqlDdl.definer(e.options().get(OptionKeys.DEFINER)) + " " : "")
                + "EVENT " + quote(e.name().name()) + clauses(e, e.comment());
    }

    /**
     * The statements that turn {@code from} into {@code to}: one ALTER EVENT setting every clause (an empty COMMENT
     * clears it), or, where ALTER cannot (a recurring event keeps its ENDS when the new schedule names none), drop
     * and create.
     */
    static List<String> change(Event from, Event to) {
        boolean endsRemoved = from.recurring() && to.recurring() && from.ends() != null && to.ends() == null;
        if (endsRemoved) {
            List<String> out = new ArrayList<>(List.of(drop(from)));
            out.addAll(inSession(to, create(to, true)));
            return out;
        }
        String alter = "ALTER DEFINER=" + MySqlDdl.definer(to.options().get(OptionKeys.DEFINER)) + " EVENT "
                + quote(to.name().name()) + clauses(to, to.comment() == null ? "" : to.comment());
        return inSession(to, alter);
    }

    static String drop(Event e) {
        return "DROP EVENT " + quote(e.name().name());
    }

    private static String clauses(Event e, String comment) {
        return " ON SCHEDULE " + e.schedule() + " ON COMPLETION " + (e.preserve() ? "PRESERVE" : "NOT PRESERVE")
                + " " + status(e.status()) + (comment == null ? "" : " COMMENT " + MySqlDdl.literal(comment))
                + " DO " + e.body();
    }

    private static String status(String status) {
        return switch (status) {
            case "DISABLED" -> "DISABLE";
            case "SLAVESIDE_DISABLED" -> "DISABLE ON SLAVE";
            default -> "ENABLE";
        };
    }

    /**
     * The server stores an event with the session's sql_mode, character set and time zone (its times are read in
     * that zone), so a plan sets them as the event had them, runs the statement, and puts them back.
     */
    static List<String> inSession(Event e, String statement) {
        Map<String, String> o = e.options();
        List<String> out = new ArrayList<>();
        out.add("SET SESSION sql_mode = " + MySqlDdl.literal(o.getOrDefault("sql_mode", "")));
        if (o.get("character_set_client") != null) {
            out.add("SET character_set_client = " + o.get("character_set_client"));
        }
        if (o.get("collation_connection") != null) {
            out.add("SET collation_connection = " + o.get("collation_connection"));
        }
        if (o.get("time_zone") != null) {
            out.add("SET " + SAVED_TIME_ZONE + " = @@time_zone");
            out.add("SET time_zone = " + MySqlDdl.literal(o.get("time_zone")));
        }
        out.add(statement);
        if (o.get("time_zone") != null) {
            out.add("SET time_zone = " + SAVED_TIME_ZONE);
        }
        out.add("SET NAMES utf8mb4");
        return out;
    }

    /** Times as the event's time zone shows them, the form CREATE EVENT takes back. */
    static final String EVENTS = """
            SELECT EVENT_NAME, DEFINER, TIME_ZONE, EVENT_DEFINITION, EXECUTE_AT, INTERVAL_VALUE, INTERVAL_FIELD,
                   SQL_MODE, STARTS, ENDS, STATUS, ON_COMPLETION, EVENT_COMMENT, CHARACTER_SET_CLIENT,
                   COLLATION_CONNECTION, DATABASE_COLLATION
              FROM information_schema.EVENTS
             WHERE EVENT_SCHEMA = ?
             ORDER BY EVENT_NAME
            """;
}
