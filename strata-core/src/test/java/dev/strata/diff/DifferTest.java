package dev.strata.diff;

import dev.strata.model.SchemaModel;
import dev.strata.model.Table;
import dev.strata.plan.ChangeOrder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.strata.diff.M.col;
import static dev.strata.diff.M.model;
import static dev.strata.diff.M.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DifferTest {
    private final Table customers = table("customers", col("id", "integer", false), col("email", "varchar(100)", true));
    private final Table orders = M.withFk(table("orders", col("id", "integer", false),
            col("customer_id", "integer", true)), "orders_customer_fk", "customer_id", "customers");

    @Test
    void identicalModelsHaveNoChanges() {
        assertThat(Differ.diff(model(customers, orders), model(customers, orders)).isEmpty()).isTrue();
    }

    @Test
    void newTablesComeBeforeTheirForeignKeys() {
        SchemaDiff diff = Differ.diff(model(), model(orders, customers));
        List<Change> ordered = ChangeOrder.order(diff.changes());
        assertThat(ordered).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("AddTable", "AddTable", "AddForeignKey");
    }

    @Test
    void droppedColumnIsDestructiveAndSuggestsRenameWhenATwinIsAdded() {
        Table renamed = table("customers", col("id", "integer", false), col("mail", "varchar(100)", true));
        SchemaDiff diff = Differ.diff(model(customers), model(renamed));
        assertThat(diff.changes()).hasSize(2);
        DropColumn drop = (DropColumn) diff.changes().stream().filter(c -> c instanceof DropColumn).findFirst().orElseThrow();
        assertThat(drop.hazard()).contains("drops column public.customers.email");
        assertThat(diff.suggestions()).containsExactly(new RenameSuggestion(M.q("customers"), "email", "mail"));
        assertThat(diff.suggestions().get(0).hint()).isEqualTo("public.customers.email=mail");
    }

    @Test
    void renameHintTurnsDropAndAddIntoRename() {
        Table renamed = table("customers", col("id", "integer", false), col("mail", "varchar(100)", true));
        DiffOptions opts = DiffOptions.DEFAULT.withRenames(Renames.parse(List.of("public.customers.email=mail")));
        SchemaDiff diff = Differ.diff(model(customers), model(renamed), opts);
        assertThat(diff.changes()).containsExactly(new RenameColumn(M.q("customers"), "email", "mail"));
        assertThat(diff.suggestions()).isEmpty();
    }

    @Test
    void tableRenameHintKeepsTheTable() {
        Table clients = new Table(M.q("clients"), customers.columns(), customers.primaryKey(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, null, null, List.of(),
                java.util.Map.of(), null);
        DiffOptions opts = DiffOptions.DEFAULT.withRenames(Renames.parse(List.of("public.customers=clients")));
        SchemaDiff diff = Differ.diff(model(customers), model(clients), opts);
        assertThat(diff.changes()).containsExactly(new RenameTable(M.q("customers"), M.q("clients")));
    }

    @Test
    void malformedRenameHintIsAUsageError() {
        assertThatThrownBy(() -> Renames.parse(List.of("customers.email")))
                .hasMessageContaining("write schema.table.old_column=new_column or schema.old_table=new_table");
    }

    @Test
    void aModifiedColumnRecordsWhatChangedAndItsReverseTheSame() {
        Table tightened = table("customers", col("id", "integer", false), col("email", "varchar(50)", false));
        ModifyColumn change = (ModifyColumn) Differ.diff(model(customers), model(tightened)).changes().get(0);
        assertThat(change.changed()).containsExactlyInAnyOrder(ColumnChange.TYPE, ColumnChange.NULLABILITY);
        assertThat(((ModifyColumn) change.reverse()).changed()).isEqualTo(change.changed());
        assertThat(change.changes(ColumnChange.DEFAULT)).isFalse();
    }

    @Test
    void narrowingAndNotNullAreHazards() {
        Table tightened = table("customers", col("id", "integer", false), col("email", "varchar(50)", false));
        ModifyColumn change = (ModifyColumn) Differ.diff(model(customers), model(tightened)).changes().get(0);
        assertThat(change.hazard()).contains("narrows public.customers.email from varchar(100) to varchar(50)")
                .contains("NOT NULL");
        Table widened = table("customers", col("id", "bigint", false), col("email", "varchar(200)", true));
        Differ.diff(model(customers), model(widened)).changes()
                .forEach(c -> assertThat(c.hazard()).as(c.toString()).isNull());
    }

    @Test
    void viewOnARetypedColumnIsDroppedBeforeAndRecreatedAfter() {
        var v = M.view("customer_emails", "SELECT email FROM customers", "customers");
        var outer = M.view("emails_upper", "SELECT upper(email) FROM customer_emails", "customer_emails");
        Table retyped = table("customers", col("id", "integer", false), col("email", "text", true));
        SchemaModel from = model(List.of(customers), List.of(v, outer));
        SchemaModel to = model(List.of(retyped), List.of(v, outer));
        List<Change> ordered = ChangeOrder.order(Differ.diff(from, to).changes());
        assertThat(ordered).extracting(ChangesTest::describe).containsExactly(
                "DropView emails_upper", "DropView customer_emails", "ModifyColumn email",
                "AddView customer_emails", "AddView emails_upper");
    }

    @Test
    void viewOnAReplacedViewIsDroppedBeforeAndRecreatedAfter() {
        var changed = M.view("customer_emails", "SELECT email FROM customers", "customers");
        var replaced = M.view("customer_emails", "SELECT lower(email) AS email FROM customers", "customers");
        var outer = M.view("emails_upper", "SELECT upper(email) FROM customer_emails", "customer_emails");
        SchemaModel from = model(List.of(customers), List.of(changed, outer));
        SchemaModel to = model(List.of(customers), List.of(replaced, outer));
        List<Change> ordered = ChangeOrder.order(Differ.diff(from, to).changes());
        assertThat(ordered).extracting(ChangesTest::describe).containsExactly(
                "DropView emails_upper", "DropView customer_emails", "AddView customer_emails",
                "AddView emails_upper");
    }

    @Test
    void viewOnATableRecreatedForNewPartitioningIsRecreatedToo() {
        var v = M.view("customer_emails", "SELECT email FROM customers", "customers");
        Table t = customers;
        Table partitioned = new Table(t.name(), t.columns(), t.primaryKey(), t.foreignKeys(), t.uniques(), t.checks(),
                t.indexes(), t.triggers(), t.rules(), "RANGE (id)", null, List.of(), t.rowSecurity(), null, null,
                List.of(), java.util.Map.of(), null);
        List<Change> ordered = ChangeOrder.order(Differ.diff(model(List.of(t), List.of(v)),
                model(List.of(partitioned), List.of(v))).changes());
        assertThat(ordered).extracting(ChangesTest::describe).containsExactly(
                "DropView customer_emails", "DropTable", "AddTable", "AddView customer_emails");
    }

    @Test
    void commentAndPrivilegesOfADroppedSchemaGoBeforeItAndComeBackAfterIt() {
        var grant = new dev.strata.model.Grant("app", List.of("USAGE"), null, false, "postgres");
        var s = new dev.strata.model.Schema("s", null, "old", List.of(grant), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        SchemaModel with = new SchemaModel("postgresql", List.of(s), List.of(), List.of());
        SchemaModel without = new SchemaModel("postgresql", List.of(), List.of(), List.of());
        List<Change> up = ChangeOrder.order(Differ.diff(with, without).changes());
        assertThat(up).extracting(ChangesTest::describe).containsExactly("SetComment", "DropGrant", "DropSchema");
        assertThat(ChangeOrder.reverse(up)).extracting(ChangesTest::describe)
                .containsExactly("CreateSchema", "AddGrant", "SetComment");
    }

    @Test
    void downgradeOfAPlanRestoresTheOriginal() {
        Table changed = M.withIndex(table("customers", col("id", "integer", false), col("name", "text", true)),
                "customers_name_idx", "name");
        List<Change> up = ChangeOrder.order(Differ.diff(model(customers, orders), model(changed)).changes());
        List<Change> down = ChangeOrder.reverse(up);
        List<Change> expectedDown = ChangeOrder.order(Differ.diff(model(changed), model(customers, orders)).changes());
        assertThat(down).containsExactlyInAnyOrderElementsOf(expectedDown);
    }
}
