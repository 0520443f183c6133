package dev.strata.dialect;

import java.sql.SQLException;

/** The transaction one revision runs in. */
public interface RevisionTransaction {
    void commit() throws SQLException;

    void rollback() throws SQLException;

    /**
     * A statement that commits when sent as the last statement of the bookkeeping batch, saving one round trip per
     * revision; {@link #commit()} must still be called and then has nothing left to do. Null when the transaction can
     * only be committed through {@link #commit()}.
     */
    default String inlineCommit() {
        return null;
    }
}
