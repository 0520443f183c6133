package dev.strata.spring.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Draws the admin.yaml model as an SVG: one box per resource (its label, table, attributes with keys and
 * references marked) on a grid in name order, and one curve per to-one relationship from the foreign key's row to
 * the parent's header. Deterministic: the same admin.yaml gives the same bytes. Boxes link to the admin pages.
 */
final class SchemaDiagram {
    private static final int MARGIN = 24;
    private static final int BOX_WIDTH = 250;
    private static final int HEADER = 44;
    private static final int ROW = 20;
    private static final int FOOT = 8;
    private static final int GAP_X = 110;
    private static final int GAP_Y = 56;
    private static final int MAX_CHARS = 30;

    /** A box placed on the grid, with its attribute rows. */
    private record Box(String name, Map<String, Object> resource, List<String> attributes, int x, int y, int height) {
        int center() {
            return x + BOX_WIDTH / 2;
        }

        int rowY(String attribute) {
            int i = attributes.indexOf(attribute);
            return i < 0 ? y + HEADER / 2 : y + HEADER + i * ROW + ROW / 2;
        }
    }

    private SchemaDiagram() {
    }

    /** @param resources admin.yaml's resources, each with the {@code keys} the API addresses it by */
    static String svg(Map<String, Map<String, Object>> resources) {
        Map<String, Box> boxes = layout(new TreeMap<>(resources));
        int width = MARGIN * 2;
        int height = MARGIN * 2;
        for (Box b : boxes.values()) {
            width = Math.max(width, b.x() + BOX_WIDTH + MARGIN + GAP_X / 2);
            height = Math.max(height, b.y() + b.height() + MARGIN);
        }
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"schema-diagram\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"system-ui, -apple-system, 'Segoe UI', sans-serif\" "
                        + "font-size=\"12\">\n");
        svg.append(DEFS);
        for (Box box : boxes.values()) {
            edges(svg, box, boxes);
        }
        for (Box box : boxes.values()) {
            box(svg, box);
        }
        return svg.append("</svg>\n").toString();
    }

    private static final String DEFS = """
              <defs>
                <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
                  <path d="M0,0 L10,5 L0,10 z" fill="#64748b"/>
                </marker>
              </defs>
              <rect width="100%" height="100%" fill="#f8fafc"/>
            """;

    private static Map<String, Box> layout(Map<String, Map<String, Object>> resources) {
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(resources.size())));
        List<String> names = new ArrayList<>(resources.keySet());
        Map<String, Box> boxes = new LinkedHashMap<>();
        int y = MARGIN;
        for (int start = 0; start < names.size(); start += columns) {
            int rowHeight = 0;
            for (int i = start; i < Math.min(names.size(), start + columns); i++) {
                String name = names.get(i);
                List<String> attributes = attributeNames(resources.get(name));
                int height = HEADER + attributes.size() * ROW + FOOT;
                int x = MARGIN + (i - start) * (BOX_WIDTH + GAP_X);
                boxes.put(name, new Box(name, resources.get(name), attributes, x, y, height));
                rowHeight = Math.max(rowHeight, height);
            }
            y += rowHeight + GAP_Y;
        }
        return boxes;
    }

    private static void box(StringBuilder svg, Box b) {
        String table = text(b.resource().get("table"), b.name());
        svg.append("  <a href=\"#/r/").append(xml(b.name())).append("\" class=\"table\" data-resource=\"")
                .append(xml(b.name())).append("\" data-table=\"").append(xml(table)).append("\">\n");
        svg.append("    <title>").append(xml(table)).append("</title>\n");
        svg.append(rect(b.x(), b.y(), BOX_WIDTH, b.height(), "#ffffff", "#cbd5e1"));
        svg.append("    <path d=\"M").append(b.x()).append(',').append(b.y() + HEADER).append(" v-").append(HEADER - 6)
                .append(" q0,-6 6,-6 h").append(BOX_WIDTH - 12).append(" q6,0 6,6 v").append(HEADER - 6)
                .append(" z\" fill=\"#4338ca\"/>\n");
        svg.append(label(b.x() + 12, b.y() + 19, text(b.resource().get("label"), b.name()), "#ffffff",
                "font-size=\"14\" font-weight=\"600\""));
        svg.append(label(b.x() + 12, b.y() + 36, table, "#c7d2fe", "font-size=\"11\""));
        List<String> keys = strings(b.resource().get("keys"));
        for (Map<String, Object> attribute : maps(b.resource().get("attributes"))) {
            row(svg, b, attribute, keys);
        }
        svg.append("  </a>\n");
    }

    private static void row(StringBuilder svg, Box b, Map<String, Object> attribute, List<String> keys) {
        String name = text(attribute.get("name"), "");
        int baseline = b.rowY(name) + 4;
        boolean key = keys.contains(name);
        boolean reference = attribute.get("reference") != null;
        String marker = key ? "PK" : reference ? "FK" : "";
        if (!marker.isEmpty()) {
            svg.append(label(b.x() + 10, baseline, marker, key ? "#b45309" : "#0369a1",
                    "font-size=\"10\" font-weight=\"700\""));
        }
        svg.append(label(b.x() + 34, baseline, name, "#0f172a", key ? "font-weight=\"600\"" : ""));
        svg.append("    <text x=\"").append(b.x() + BOX_WIDTH - 10).append("\" y=\"").append(baseline)
                .append("\" fill=\"#64748b\" text-anchor=\"end\" font-size=\"11\">")
                .append(xml(type(attribute))).append("</text>\n");
    }

    /** One curve per to-one relationship: from the foreign key's row of the child to the parent's header. */
    private static void edges(StringBuilder svg, Box child, Map<String, Box> boxes) {
        for (Map<String, Object> relationship : maps(child.resource().get("relationships"))) {
            Box parent = boxes.get(text(relationship.get("resource"), ""));
            if (!"toone".equals(relationship.get("direction")) || parent == null) {
                continue;
            }
            List<String> fks = strings(relationship.get("fks"));
            int y1 = child.rowY(fks.isEmpty() ? "" : fks.get(0));
            int y2 = parent.y() + HEADER / 2;
            int x1;
            int x2;
            int c1;
            int c2;
            if (parent.center() > child.center()) {
                x1 = child.x() + BOX_WIDTH;
                x2 = parent.x();
                c1 = x1 + GAP_X / 2;
                c2 = x2 - GAP_X / 2;
            } else if (parent.center() < child.center()) {
                x1 = child.x();
                x2 = parent.x() + BOX_WIDTH;
                c1 = x1 - GAP_X / 2;
                c2 = x2 + GAP_X / 2;
            } else {
                x1 = child.x() + BOX_WIDTH;
                x2 = x1;
                c1 = x1 + GAP_X / 2;
                c2 = c1;
            }
            svg.append("  <path class=\"relationship\" data-from=\"").append(xml(child.name())).append("\" data-to=\"")
                    .append(xml(parent.name())).append("\" d=\"M").append(x1).append(',').append(y1).append(" C")
                    .append(c1).append(',').append(y1).append(' ').append(c2).append(',').append(y2).append(' ')
                    .append(x2).append(',').append(y2).append("\" fill=\"none\" stroke=\"#64748b\" stroke-width=\"1.4\""
                            + " marker-end=\"url(#arrow)\"><title>")
                    .append(xml(child.name() + "." + text(relationship.get("name"), "") + " -> " + parent.name()))
                    .append("</title></path>\n");
        }
    }

    private static String type(Map<String, Object> attribute) {
        String type = text(attribute.get("type"), "");
        Object format = attribute.get("format");
        return format == null ? type : format.toString();
    }

    private static String rect(int x, int y, int w, int h, String fill, String stroke) {
        return "    <rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"" + h + "\" rx=\"6\" fill=\""
                + fill + "\" stroke=\"" + stroke + "\"/>\n";
    }

    private static String label(int x, int y, String text, String fill, String attributes) {
        String shown = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS - 1) + "\u2026" : text;
        return "    <text x=\"" + x + "\" y=\"" + y + "\" fill=\"" + fill + "\"" + (attributes.isEmpty() ? "" : " "
                + attributes) + ">" + xml(shown) + "</text>\n";
    }

    private static List<String> attributeNames(Map<String, Object> resource) {
        return maps(resource.get("attributes")).stream().map(a -> text(a.get("name"), "")).toList();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
    }

    static List<String> strings(Object value) {
        return value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
    }

    static String text(Object value, String otherwise) {
        return value == null ? otherwise : value.toString();
    }

    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
