package dev.signalbox.migrations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as far as the lint needs it: a base name and its numeric modifiers ({@code varchar(50)},
 * {@code numeric(10,2)}), read from SQL or from a SQLAlchemy type expression ({@code sa.String(length=50)}).
 */
record SqlType(String base, List<Integer> modifiers) {
    private static final Pattern SHAPE = Pattern.compile("^([A-Za-z_][\\w.]*(?:\\s+(?:varying|precision|with(?:out)?\\s+time\\s+zone))*)\\s*(?:\\((.*)\\))?");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("string", "varchar"), Map.entry("unicode", "varchar"), Map.entry("character varying", "varchar"),
            Map.entry("nvarchar", "varchar"), Map.entry("unicodetext", "text"), Map.entry("decimal", "numeric"),
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("biginteger", "bigint"), Map.entry("int8", "bigint"),
            Map.entry("smallinteger", "smallint"), Map.entry("int2", "smallint"), Map.entry("bit varying", "varbit"),
            Map.entry("datetime", "timestamp"), Map.entry("timestamp without time zone", "timestamp"),
            Map.entry("timestamp with time zone", "timestamptz"), Map.entry("bool", "boolean"));

    SqlType {
        modifiers = List.copyOf(modifiers);
    }

    /** A SQL type as written after the column name or TYPE. */
    static SqlType ofSql(String text) {
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.find()) {
            return new SqlType(text.strip().toLowerCase(Locale.ROOT), List.of());
        }
        String base = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        base = base.substring(base.lastIndexOf('.') + 1);
        return new SqlType(ALIASES.getOrDefault(base, base), numbers(m.group(2)));
    }

    /** A SQLAlchemy type: {@code sa.String(50)}, {@code sa.VARCHAR(length=50)}, {@code postgresql.NUMERIC(10, 2)}, {@code sa.Text()}. */
    static SqlType ofPython(PythonValue value) {
        String text = value instanceof PythonValue.Expression e ? e.text() : value instanceof PythonValue.Str s ? s.value() : value.toString();
        return ofSql(text);
    }

    private static List<Integer> numbers(String inside) {
        List<Integer> found = new ArrayList<>();
        if (inside != null) {
            Matcher n = NUMBER.matcher(inside);
            while (n.find() && found.size() < 2) {
                found.add(Integer.parseInt(n.group()));
            }
        }
        return found;
    }

    /**
     * The conversions PostgreSQL makes without a rewrite (the old type binary-coercible to the new, ALTER TABLE's
     * documentation): the same type, varchar widened or unbounded, varchar and text either way when unbounded,
     * numeric precision raised at the same scale (or unbounded), varbit widened, cidr to inet.
     */
    boolean coercibleTo(SqlType to) {
        if (equals(to)) {
            return true;
        }
        boolean widened = to.modifiers.isEmpty() || (!modifiers.isEmpty() && to.modifiers.get(0) >= modifiers.get(0));
        return switch (base + ">" + to.base) {
            case "varchar>varchar", "varbit>varbit" -> widened;
            case "varchar>text" -> true;
            case "text>varchar" -> to.modifiers.isEmpty();
            case "numeric>numeric" -> to.modifiers.isEmpty() || (modifiers.size() >= 1 && widened
                    && (modifiers.size() > 1 ? modifiers.get(1) : 0) == (to.modifiers.size() > 1 ? to.modifiers.get(1) : 0));
            case "cidr>inet" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return modifiers.isEmpty() ? base : base + modifiers.toString().replace('[', '(').replace(']', ')').replace(" ", "");
    }
}
