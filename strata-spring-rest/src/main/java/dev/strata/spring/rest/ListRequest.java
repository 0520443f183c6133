package dev.strata.spring.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.util.MultiValueMap;

/**
 * The query string of a list request: {@code page}, {@code size}, {@code sort=field,-other},
 * {@code include=parent,children} and filters {@code field=value} or {@code field[op]=value}.
 */
record ListRequest(int page, int size, List<Sort> sorts, List<Filter> filters, List<Relation> includes) {
    static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "ge", "lt", "le", "contains", "in", "null");
    private static final Set<String> RESERVED = Set.of("page", "size", "sort", "include");
    private static final Pattern FILTER = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)(?:\\[([a-z]+)])?");

    record Sort(Property property, boolean descending) {
    }

    record Filter(Property property, String operator, String value) {
    }

    static ListRequest parse(RestResource resource, MultiValueMap<String, String> params, RestSettings settings) {
        int page = number(params.getFirst("page"), "page", 0);
        int size = number(params.getFirst("size"), "size", settings.defaultPageSize());
        if (page < 0 || size < 1 || size > settings.maxPageSize()) {
            throw ProblemException.badRequest("page must be 0 or more and size between 1 and "
                    + settings.maxPageSize() + " (got page=" + page + ", size=" + size + ")");
        }
        return new ListRequest(page, size, sorts(resource, params.get("sort")), filters(resource, params),
                includes(resource, params.get("include")));
    }

    private static int number(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static List<Sort> sorts(RestResource resource, List<String> values) {
        List<Sort> sorts = new ArrayList<>();
        for (String field : commaSeparated(values)) {
            boolean descending = field.startsWith("-");
            String name = descending || field.startsWith("+") ? field.substring(1) : field;
            sorts.add(new Sort(responseProperty(resource, name, "sort"), descending));
        }
        return sorts;
    }

    private static List<Filter> filters(RestResource resource, MultiValueMap<String, String> params) {
        List<Filter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (RESERVED.contains(e.getKey())) {
                continue;
            }
            Matcher m = FILTER.matcher(e.getKey());
            if (!m.matches()) {
                throw ProblemException.badRequest("'" + e.getKey() + "' is not a filter: use field=value or "
                        + "field[op]=value with op one of " + String.join(", ", sorted(OPERATORS)));
            }
            String operator = m.group(2) == null ? "eq" : m.group(2);
            if (!OPERATORS.contains(operator)) {
                throw ProblemException.badRequest("unknown filter operator '" + operator + "' in '" + e.getKey()
                        + "': use one of " + String.join(", ", sorted(OPERATORS)));
            }
            Property property = responseProperty(resource, m.group(1), "filter");
            for (String value : e.getValue()) {
                filters.add(new Filter(property, operator, value));
            }
        }
        return filters;
    }

    private static List<Relation> includes(RestResource resource, List<String> values) {
        List<Relation> includes = new ArrayList<>();
        for (String name : commaSeparated(values)) {
            Relation relation = resource.relations().get(name);
            if (relation == null) {
                throw ProblemException.badRequest("/" + resource.path() + " cannot include '" + name
                        + "': use one of " + String.join(", ", resource.relations().keySet()));
            }
            includes.add(relation);
        }
        return includes;
    }

    private static Property responseProperty(RestResource resource, String name, String what) {
        Property property = resource.property(name);
        if (property == null || !resource.hasField(resource.response(), name)) {
            throw ProblemException.badRequest("cannot " + what + " /" + resource.path() + " by '" + name
                    + "': it is not a field of " + resource.response().getSimpleName());
        }
        return property;
    }

    private static List<String> commaSeparated(List<String> values) {
        List<String> items = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(items::add);
            }
        }
        return items;
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
