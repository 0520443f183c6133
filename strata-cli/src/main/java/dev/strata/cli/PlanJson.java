package dev.strata.cli;

import dev.strata.diff.RenameSuggestion;
import dev.strata.format.ChangeText;
import dev.strata.plan.NullBlocker;
import dev.strata.plan.Plan;
import dev.strata.plan.Step;

import java.util.List;
import java.util.Map;

import static dev.strata.cli.JsonOutput.object;

/** A plan ({@code diff}, {@code check}) as a JSON tree; changes and statements in the order they run. */
final class PlanJson {
    private PlanJson() {
    }

    static Map<String, Object> of(Plan plan, List<NullBlocker> blockers) {
        return object(
                "changes", plan.changes().stream().map(c -> object("kind", c.getClass().getSimpleName(),
                        "text", ChangeText.line(c), "destructive", c.hazard())).toList(),
                "up", steps(plan.up()),
                "down", steps(plan.down()),
                "renameSuggestions", plan.suggestions().stream().map(PlanJson::suggestion).toList(),
                "blockers", blockers.stream().map(b -> object("table", b.table().toString(), "column", b.column(),
                        "nullRows", b.nullRows(), "backfill", b.backfill(), "message", b.message())).toList());
    }

    private static List<Map<String, Object>> steps(List<Step> steps) {
        return steps.stream().map(s -> object("sql", s.sql(), "destructive", s.hazard(),
                "transactional", s.transactional(), "lock", s.cost() == null ? null : s.cost().lock(),
                "tableWork", s.cost() == null ? null : s.cost().work().name().toLowerCase(java.util.Locale.ROOT),
                "blocks", s.cost() == null ? null : s.cost().blocks().name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    private static Map<String, Object> suggestion(RenameSuggestion s) {
        return object("table", s.table().toString(), "from", s.from(), "to", s.to(), "hint", s.hint());
    }
}
