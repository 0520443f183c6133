package dev.strata.inspect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InspectOptionsTest {
    @Test
    void emptyIncludesMeanEverything() {
        assertThat(InspectOptions.ALL.includesSchema("public")).isTrue();
        assertThat(InspectOptions.ALL.includesObject("public", "t")).isTrue();
        assertThat(InspectOptions.ALL.filtersObjects()).isFalse();
    }

    @Test
    void globsMatchNamesAndQualifiedNames() {
        InspectOptions o = new InspectOptions(List.of("sales*"), List.of("sales_old"), List.of("order*", "hr.emp?"),
                List.of("orders_archive"));
        assertThat(o.includesSchema("sales")).isTrue();
        assertThat(o.includesSchema("sales_eu")).isTrue();
        assertThat(o.includesSchema("sales_old")).isFalse();
        assertThat(o.includesSchema("hr")).isFalse();
        assertThat(o.includesObject("x", "orders")).isTrue();
        assertThat(o.includesObject("x", "orders_archive")).isFalse();
        assertThat(o.includesObject("hr", "emp1")).isTrue();
        assertThat(o.includesObject("hr", "emp12")).isFalse();
        assertThat(o.includesObject("x", "customers")).isFalse();
    }

    @Test
    void regexMetacharactersInGlobsAreLiteral() {
        InspectOptions o = new InspectOptions(List.of(), List.of(), List.of("a.b+c"), List.of());
        assertThat(o.includesObject("s", "a.b+c")).isTrue();
        assertThat(o.includesObject("s", "aXbbc")).isFalse();
    }
}
