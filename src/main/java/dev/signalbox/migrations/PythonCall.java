package dev.signalbox.migrations;

import java.util.List;
import java.util.Map;

/**
 * One call in a revision's {@code upgrade()} body, e.g. {@code op.create_index(...)} or
 * {@code sa.Column(...)} nested inside {@code op.add_column(...)}.
 *
 * @param name        the dotted callee as written ({@code op.execute}, {@code batch_op.drop_column})
 * @param line        1-based line of the callee
 * @param from        index of the callee's first token (nested calls lie inside [from, to))
 * @param to          index after the closing parenthesis
 * @param autocommit  inside {@code with op.get_context().autocommit_block():}, i.e. outside Alembic's transaction
 * @param batchTable  the table of an enclosing {@code with op.batch_alter_table("t")}, else null
 * @param sqlStrings  the string literals of the SQL argument (the first positional, or {@code sqltext=} /
 *                    {@code statement=}), each with the line it starts on, so a finding can point at the statement's
 *                    own line inside a multi-line string
 */
record PythonCall(String name, int line, int from, int to, List<PythonValue> positional,
                  Map<String, PythonValue> keywords, boolean autocommit, String batchTable,
                  List<SourceString> sqlStrings) {

    /** One string literal as decoded, and the source line its opening quote is on. */
    record SourceString(String text, int line) {
    }

    /** The last part of the dotted name: {@code create_index} for {@code op.create_index}. */
    String method() {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    boolean isOperation() {
        return name.startsWith("op.") || name.startsWith("batch_op.");
    }

    PythonValue keyword(String key) {
        return keywords.get(key);
    }

    /** The string value of positional argument {@code index} or keyword {@code key}, else null. */
    String stringArg(int index, String key) {
        PythonValue value = keywords.get(key);
        if (value == null && index >= 0 && index < positional.size()) {
            value = positional.get(index);
        }
        return value instanceof PythonValue.Str s ? s.value() : null;
    }
}
