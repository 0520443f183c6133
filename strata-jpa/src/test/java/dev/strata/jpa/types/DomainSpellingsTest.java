package dev.strata.jpa.types;

import dev.strata.model.QualifiedName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Domain names as pgjdbc 42.7's getColumns reports a column's TYPE_NAME (measured on PostgreSQL 15 with the default
 * search path: {@code Name}, {@code year} for domains in public, used from public or humanresources;
 * {@code "other"."Mixed"} and {@code "other"."plain"} for domains in a schema off the path).
 */
class DomainSpellingsTest {
    @Test
    void bareOnTheSearchPathQuotedAndQualifiedOffIt() {
        assertThat(DomainSpellings.asDriverReports(QualifiedName.of("public", "year"), "public")).isEqualTo("year");
        assertThat(DomainSpellings.asDriverReports(QualifiedName.of("public", "Name"), "hr")).isEqualTo("Name");
        assertThat(DomainSpellings.asDriverReports(QualifiedName.of("shop", "money_amount"), "shop"))
                .isEqualTo("money_amount");
        assertThat(DomainSpellings.asDriverReports(QualifiedName.of("other", "Mixed"), "public"))
                .isEqualTo("\"other\".\"Mixed\"");
        assertThat(DomainSpellings.asDriverReports(QualifiedName.of("other", "plain"), "public"))
                .isEqualTo("\"other\".\"plain\"");
    }

    @Test
    void parsesFormatTypeSpelling() {
        assertThat(DomainSpellings.parse("public.year")).isEqualTo(QualifiedName.of("public", "year"));
        assertThat(DomainSpellings.parse("public.\"Flag\"")).isEqualTo(QualifiedName.of("public", "Flag"));
        assertThat(DomainSpellings.parse("\"a.b\".\"say \"\"hi\"\"\""))
                .isEqualTo(QualifiedName.of("a.b", "say \"hi\""));
        assertThat(DomainSpellings.parse("year")).isEqualTo(QualifiedName.of(null, "year"));
    }
}
