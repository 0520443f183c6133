package dev.strata.sql;

/**
 * The lexical rules a dialect's scripts follow, so that one splitter finds statement ends in all of them.
 *
 * @param dollarQuotes        PostgreSQL {@code $tag$ ... $tag$} bodies
 * @param escapeStrings       PostgreSQL {@code E'...'} strings, where a backslash escapes a quote
 * @param backslashEscapes    every string may escape a quote with a backslash (MySQL's default sql_mode)
 * @param hashComments        {@code #} starts a comment (MySQL)
 * @param nestedBlockComments block comments nest (PostgreSQL)
 * @param backticks           {@code `quoted`} identifiers (MySQL, SQLite)
 * @param brackets            {@code [quoted]} identifiers (SQLite)
 * @param delimiterCommand    the client's {@code DELIMITER xx} lines change the statement end (mysql client)
 * @param beginAtomic         {@code BEGIN ATOMIC ... END} bodies hold semicolons (PostgreSQL 14+)
 * @param triggerBlocks       {@code CREATE TRIGGER ... BEGIN ... END} bodies hold semicolons (SQLite)
 */
public record SplitRules(boolean dollarQuotes, boolean escapeStrings, boolean backslashEscapes, boolean hashComments,
                         boolean nestedBlockComments, boolean backticks, boolean brackets, boolean delimiterCommand,
                         boolean beginAtomic, boolean triggerBlocks) {
    public static final SplitRules POSTGRESQL = new SplitRules(true, true, false, false, true, false, false, false,
            true, false);
    public static final SplitRules MYSQL = new SplitRules(false, false, true, true, false, true, false, true,
            false, false);
    public static final SplitRules SQLITE = new SplitRules(false, false, false, false, false, true, true, false,
            false, true);
    /** H2: {@code $$ ... $$} strings (https://h2database.com/html/grammar.html#dollar_quoted_string). */
    public static final SplitRules H2 = new SplitRules(true, false, false, false, false, false, false, false,
            false, false);
}
