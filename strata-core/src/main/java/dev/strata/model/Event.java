package dev.strata.model;

import java.util.Map;

/**
 * A scheduled event (MariaDB/MySQL), as information_schema.EVENTS reports it.
 *
 * @param executeAt     the time of a one-time event ({@code AT}), or null for a recurring one
 * @param intervalValue a recurring event's interval as the server prints it ({@code 1}, {@code '1:30'}), or null
 * @param intervalField the interval's unit ({@code DAY}, {@code HOUR_MINUTE}), or null
 * @param starts        a recurring event's first time (the server fills in the creation time when none is given)
 * @param ends          a recurring event's last time, or null
 * @param preserve      ON COMPLETION PRESERVE
 * @param status        ENABLED, DISABLED or SLAVESIDE_DISABLED (DISABLE ON SLAVE)
 * @param body          the statement after DO, as written
 * @param options       definer, time_zone, sql_mode, character_set_client, collation_connection, db_collation
 */
public record Event(QualifiedName name, String executeAt, String intervalValue, String intervalField,
                   String starts, String ends, boolean preserve, String status, String comment, String body,
                   Map<String, String> options) {
    public Event {
        options = Lists.sortedMap(options);
    }

    public boolean recurring() {
        return executeAt == null;
    }

    /** The schedule as SHOW CREATE EVENT prints it: {@code AT '...'} or {@code EVERY v FIELD STARTS '...'}. */
    public String schedule() {
        if (!recurring()) {
            return "AT '" + executeAt + "'";
        }
        return "EVERY " + intervalValue + " " + intervalField + (starts == null ? "" : " STARTS '" + starts + "'")
                + (ends == null ? "" : " ENDS '" + ends + "'");
    }
}
