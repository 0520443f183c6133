package dev.strata.dialect.postgres;

import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** format_type spellings map to the dialect-independent types. */
class PostgresTypesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "integer|b|integer",
            "bigint|b|bigint",
            "smallint|b|smallint",
            "boolean|b|boolean",
            "character varying(40)|b|varchar(40)",
            "character varying|b|varchar",
            "character(3)|b|char(3)",
            "numeric(12,2)|b|decimal(12,2)",
            "numeric|b|decimal",
            "text|b|text",
            "bytea|b|blob",
            "timestamp without time zone|b|timestamp",
            "timestamp(3) with time zone|b|timestamp_tz(3)",
            "time with time zone|b|time_tz",
            "date|b|date",
            "uuid|b|uuid",
            "jsonb|b|jsonb",
            "double precision|b|double",
            "real|b|real",
            "integer[]|b|array integer",
            "public.mood|e|enum public.mood",
            "public.year|d|domain public.year",
            "tsvector|b|other tsvector",
            "public.address|c|other public.address"})
    void normalizes(String formatted, String typtype, String expected) {
        assertThat(PostgresTypes.normalize(formatted, typtype).toString()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void keepsNumericPrecisionAndScale() {
        assertThat(PostgresTypes.normalize("numeric(10,4)", "b")).isEqualTo(DataType.numeric(10, 4));
        assertThat(PostgresTypes.normalize("bit varying(5)", "b").kind()).isEqualTo(Kind.BIT);
    }
}
