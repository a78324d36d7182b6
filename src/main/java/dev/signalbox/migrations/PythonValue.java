package dev.signalbox.migrations;

import dev.signalbox.migrations.PythonTokens.Kind;
import dev.signalbox.migrations.PythonTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Python expression read from tokens: a literal (string, None, True/False, number, tuple, list) or, for
 * anything else, an {@link Expression} that keeps its source words and the string literals inside it (so
 * {@code op.execute(sa.text("..."))} still yields its SQL) without pretending to evaluate it.
 */
sealed interface PythonValue {

    record Str(String value) implements PythonValue {
    }

    record Constant(String name) implements PythonValue {
    }

    record Sequence(List<PythonValue> items, boolean tuple) implements PythonValue {
    }

    /** Not a literal: {@code text} is the expression as written (tokens joined), {@code strings} its string literals. */
    record Expression(String text, List<String> strings) implements PythonValue {
    }

    default boolean isLiteral() {
        if (this instanceof Sequence seq) {
            return seq.items().stream().allMatch(PythonValue::isLiteral);
        }
        return !(this instanceof Expression);
    }

    default boolean isNone() {
        return this instanceof Constant c && c.name().equals("None");
    }

    default boolean isTrue() {
        return this instanceof Constant c && c.name().equals("True");
    }

    default boolean isFalse() {
        return this instanceof Constant c && c.name().equals("False");
    }

    /** Every string literal in the value, in order (the SQL of an {@code op.execute}, the names in a tuple). */
    default List<String> strings() {
        if (this instanceof Str s) {
            return List.of(s.value());
        }
        if (this instanceof Sequence seq) {
            return seq.items().stream().flatMap(v -> v.strings().stream()).toList();
        }
        if (this instanceof Expression e) {
            return e.strings();
        }
        return List.of();
    }

    /**
     * Alembic's {@code util.to_tuple}: None or empty gives no ids, a string gives one, a tuple or list gives its
     * items. Empty if the value is not a string, None or a sequence of strings.
     */
    default Optional<List<String>> asRevisionIds() {
        if (isNone()) {
            return Optional.of(List.of());
        }
        if (this instanceof Str s) {
            return Optional.of(s.value().isEmpty() ? List.of() : List.of(s.value()));
        }
        if (this instanceof Sequence seq) {
            List<String> ids = new ArrayList<>();
            for (PythonValue item : seq.items()) {
                if (!(item instanceof Str s)) {
                    return Optional.empty();
                }
                ids.add(s.value());
            }
            return Optional.of(List.copyOf(ids));
        }
        return Optional.empty();
    }

    /** Parses tokens[from, to) as one expression. */
    static PythonValue parse(List<Token> tokens, int from, int to) {
        Parser parser = new Parser(tokens, from, to);
        PythonValue value = parser.commaList(true);
        if (value != null && parser.pos == to) {
            return value;
        }
        return expression(tokens, from, to);
    }

    private static Expression expression(List<Token> tokens, int from, int to) {
        StringBuilder text = new StringBuilder();
        List<String> strings = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Kind.STRING) {
                strings.add(t.text());
                text.append('"').append(t.text().length() > 40 ? t.text().substring(0, 40) + "..." : t.text()).append('"');
            } else {
                text.append(t.text());
            }
        }
        return new Expression(text.toString(), List.copyOf(strings));
    }

    final class Parser {
        private final List<Token> tokens;
        private int pos;
        private final int to;

        Parser(List<Token> tokens, int from, int to) {
            this.tokens = tokens;
            this.pos = from;
            this.to = to;
        }

        /** item (',' item)* [','] ; a bare comma makes a tuple, as in {@code down_revision = "a", "b"}. */
        PythonValue commaList(boolean topLevel) {
            PythonValue first = atom();
            if (first == null) {
                return null;
            }
            if (pos >= to || !tokens.get(pos).isOp(",")) {
                return first;
            }
            List<PythonValue> items = new ArrayList<>();
            items.add(first);
            while (pos < to && tokens.get(pos).isOp(",")) {
                pos++;
                if (pos >= to || tokens.get(pos).isOp(")") || tokens.get(pos).isOp("]")) {
                    break;
                }
                PythonValue next = atom();
                if (next == null) {
                    return null;
                }
                items.add(next);
            }
            return new Sequence(List.copyOf(items), true);
        }

        private PythonValue atom() {
            if (pos >= to) {
                return null;
            }
            Token t = tokens.get(pos);
            if (t.kind() == Kind.STRING) {
                if (t.formatted()) {
                    return null;
                }
                StringBuilder value = new StringBuilder(t.text());
                pos++;
                while (pos < to && tokens.get(pos).kind() == Kind.STRING) {
                    if (tokens.get(pos).formatted()) {
                        return null;
                    }
                    value.append(tokens.get(pos).text());
                    pos++;
                }
                return new Str(value.toString());
            }
            if (t.kind() == Kind.NAME && (t.text().equals("None") || t.text().equals("True") || t.text().equals("False"))) {
                pos++;
                return new Constant(t.text());
            }
            if (t.kind() == Kind.NUMBER) {
                pos++;
                return new Constant(t.text());
            }
            if (t.isOp("(") || t.isOp("[")) {
                boolean tuple = t.isOp("(");
                String close = tuple ? ")" : "]";
                pos++;
                if (pos < to && tokens.get(pos).isOp(close)) {
                    pos++;
                    return new Sequence(List.of(), tuple);
                }
                int start = pos;
                PythonValue inner = commaList(false);
                if (inner == null || pos >= to || !tokens.get(pos).isOp(close)) {
                    return null;
                }
                boolean trailingComma = tokens.get(pos - 1).isOp(",");
                pos++;
                if (inner instanceof Sequence seq && (seq.tuple() && hasTopLevelComma(start, pos - 1))) {
                    return new Sequence(seq.items(), tuple);
                }
                if (!tuple) {
                    return new Sequence(List.of(inner), false);
                }
                return trailingComma ? new Sequence(List.of(inner), true) : inner;
            }
            return null;
        }

        private boolean hasTopLevelComma(int from, int until) {
            int depth = 0;
            for (int i = from; i < until; i++) {
                Token t = tokens.get(i);
                if (t.isOp("(") || t.isOp("[") || t.isOp("{")) {
                    depth++;
                } else if (t.isOp(")") || t.isOp("]") || t.isOp("}")) {
                    depth--;
                } else if (depth == 0 && t.isOp(",")) {
                    return true;
                }
            }
            return false;
        }
    }
}
