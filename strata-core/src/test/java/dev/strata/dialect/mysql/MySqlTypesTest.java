package dev.strata.dialect.mysql;

import dev.strata.model.DataType;
import dev.strata.model.DataType.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** COLUMN_TYPE spellings map to the normalized type diff and code generation rely on. */
class MySqlTypesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "tinyint(1)|tinyint",
            "tinyint(3) unsigned|tinyint",
            "smallint(5) unsigned|smallint",
            "mediumint(8) unsigned|integer",
            "int(11)|integer",
            "bigint(20) unsigned|bigint",
            "decimal(5,2)|decimal(5,2)",
            "decimal(10,0) unsigned|decimal(10,0)",
            "float|real",
            "double|double",
            "char(2)|char(2)",
            "varchar(45)|varchar(45)",
            "binary(16)|binary(16)",
            "varbinary(255)|varbinary(255)",
            "text|text",
            "longtext|clob",
            "blob|blob",
            "date|date",
            "year(4)|year",
            "time(3)|time(3)",
            "datetime|timestamp",
            "datetime(6)|timestamp(6)",
            "timestamp|timestamp_tz",
            "bit(1)|bit(1)",
            "uuid|uuid",
            "json|json",
            "point|geometry point",
            "inet6|other inet6",
            "enum('G','PG-13')|enum ('G','PG-13')",
            "set('a','b')|set ('a','b')",
    })
    void normalizes(String columnType, String expected) {
        assertThat(MySqlTypes.normalize(columnType).toString()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void jsonAliasIsRecognizedOnlyByItsExactCheck() {
        assertThat(MySqlColumns.isJsonCheck("json_valid(`doc`)", "doc")).isTrue();
        assertThat(MySqlColumns.isJsonCheck("json_valid(`doc`) and 1", "doc")).isFalse();
        assertThat(MySqlColumns.isJsonCheck("json_valid(`other`)", "doc")).isFalse();
        assertThat(DataType.of(Kind.JSON).toString()).isEqualTo("json");
    }
}
