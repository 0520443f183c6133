package dev.strata.model;

/**
 * One key part of an index: a column or an expression.
 *
 * @param column     the column name, or null for an expression
 * @param expression the expression, or null for a column
 * @param descending DESC
 * @param nulls      "FIRST", "LAST", or null for the default
 * @param opclass    a non-default operator class, or null
 * @param collation  a non-default collation, or null
 * @param length     a MySQL prefix length, or null
 */
public record IndexKey(String column, String expression, boolean descending, String nulls, String opclass,
                       String collation, Integer length) {
    public static IndexKey column(String column) {
        return new IndexKey(column, null, false, null, null, null, null);
    }
}
