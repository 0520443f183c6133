package dev.strata.dialect.h2;

import org.h2.api.Trigger;

import java.sql.Connection;

/** A do-nothing H2 trigger class for the H2 fixture: H2 triggers are Java classes named in CREATE TRIGGER. */
public final class AuditTrigger implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) {
        // The fixture only needs the trigger to exist.
    }
}
