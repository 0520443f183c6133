package dev.strata.jpa.naming;

import dev.strata.naming.ArtifactNaming;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Table to class and column to field names, and Spring Boot's physical naming. */
class NamingTest {
    private final ArtifactNaming naming = ArtifactNaming.standard();

    @ParameterizedTest
    @CsvSource({"orders,Order", "order_items,OrderItem", "categories,Category", "addresses,Address",
            "film_actor,FilmActor", "Album,Album", "InvoiceLine,InvoiceLine", "people,Person", "statuses,Status",
            "boxes,Box", "class,Class", "status,Status", "movies,Movie", "salaries,Salary", "dept_emp,DeptEmp",
            "EMPLOYEES,Employee", "123abc,_123abc", "data,Data"})
    void classNamesAreSingularAndCapitalized(String table, String className) {
        assertThat(naming.entityClass(table)).isEqualTo(className);
    }

    @ParameterizedTest
    @CsvSource({"first_name,firstName", "FirstName,firstName", "ID,id", "CustomerId,customerId", "class,class_",
            "last-update,lastUpdate", "address2,address2", "a_1_2,a1_2"})
    void fieldNamesAreCamelCase(String column, String field) {
        assertThat(naming.field(column)).isEqualTo(field);
    }

    @ParameterizedTest
    @CsvSource({"firstName,first_name", "OrderItem,order_item", "ID,id", "address2Line,address2_line",
            "already_snake,already_snake", "HTTPCode,httpcode"})
    void springNamingIsSnakeCaseLowerCase(String logical, String physical) {
        assertThat(NamingStrategy.SPRING.physical(logical)).isEqualTo(physical);
    }
}
