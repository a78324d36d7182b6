package dev.signalbox.migrations;

import java.util.ArrayList;
import java.util.List;

/**
 * A small Python tokenizer: enough of the language to read an Alembic revision file as text, the way the
 * interpreter would see its top-level statements. It knows strings (every prefix, triple quotes, escapes),
 * comments, brackets (implicit line joining), backslash continuations and logical lines; it does not know
 * the grammar beyond that. It never throws on odd input: an unterminated string or bracket becomes an
 * {@link Kind#ERROR} token that the caller reports with its line.
 */
final class PythonTokens {

    enum Kind { NAME, NUMBER, STRING, OP, NEWLINE, ERROR, END }

    /**
     * CPython's tokenizer refuses more than 200 nested brackets (MAXLEVEL, "too many nested parentheses"): a file
     * deeper than that is not a module Alembic could load, and the value parser's recursion stays bounded.
     */
    static final int MAX_NESTING = 200;

    /**
     * @param text     the name, operator or the string's decoded value
     * @param line     1-based line of the token's start
     * @param indent   column of the first token of the logical line this token belongs to
     * @param startsLine true for the first token of a logical line
     * @param formatted an f-string (its value is not a literal)
     */
    record Token(Kind kind, String text, int line, int indent, boolean startsLine, boolean formatted) {
        boolean is(Kind k, String t) {
            return kind == k && text.equals(t);
        }

        boolean isOp(String t) {
            return kind == Kind.OP && text.equals(t);
        }

        boolean isName(String t) {
            return kind == Kind.NAME && text.equals(t);
        }
    }

    private final String src;
    private int pos;
    private int line = 1;
    private int depth;
    private boolean atLineStart = true;
    private int currentIndent;
    private final List<Token> out = new ArrayList<>();

    private PythonTokens(String src) {
        this.src = src;
    }

    static List<Token> tokenize(String source) {
        PythonTokens t = new PythonTokens(source);
        t.run();
        return t.out;
    }

    private void run() {
        while (pos < src.length()) {
            if (atLineStart && depth == 0) {
                int col = 0;
                while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t' || src.charAt(pos) == '\f')) {
                    col = src.charAt(pos) == '\t' ? (col / 8 + 1) * 8 : col + 1;
                    pos++;
                }
                if (pos >= src.length()) {
                    break;
                }
                char c = src.charAt(pos);
                if (c == '\n' || c == '\r' || c == '#') {
                    skipToLineEnd();
                    continue;
                }
                currentIndent = col;
            }
            char c = src.charAt(pos);
            if (c == '\n' || c == '\r') {
                newline();
                if (depth == 0) {
                    emitNewline();
                }
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                continue;
            }
            if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                    pos++;
                }
                continue;
            }
            if (c == '\\' && pos + 1 < src.length() && (src.charAt(pos + 1) == '\n' || src.charAt(pos + 1) == '\r')) {
                pos++;
                newline();
                continue;
            }
            if (isIdentStart(c)) {
                int start = pos;
                while (pos < src.length() && isIdentPart(src.charAt(pos))) {
                    pos++;
                }
                String word = src.substring(start, pos);
                if (pos < src.length() && (src.charAt(pos) == '"' || src.charAt(pos) == '\'') && isStringPrefix(word)) {
                    string(word.toLowerCase(java.util.Locale.ROOT));
                } else {
                    emit(Kind.NAME, word, false);
                }
                continue;
            }
            if (c == '"' || c == '\'') {
                string("");
                continue;
            }
            if (Character.isDigit(c) || (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1)))) {
                int start = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.' || src.charAt(pos) == '_')) {
                    pos++;
                }
                emit(Kind.NUMBER, src.substring(start, pos), false);
                continue;
            }
            operator(c);
        }
        if (depth > 0) {
            emit(Kind.ERROR, "unclosed bracket at end of file", false);
        }
        emitNewline();
        out.add(new Token(Kind.END, "", line, 0, true, false));
    }

    private void skipToLineEnd() {
        while (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
            pos++;
        }
        if (pos < src.length()) {
            newline();
        }
    }

    private void newline() {
        if (src.charAt(pos) == '\r' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
    }

    private void emitNewline() {
        if (!out.isEmpty() && out.get(out.size() - 1).kind() != Kind.NEWLINE) {
            out.add(new Token(Kind.NEWLINE, "", line - 1, currentIndent, false, false));
        }
        atLineStart = true;
    }

    private void emit(Kind kind, String text, boolean formatted) {
        emitAt(kind, text, line, formatted);
    }

    private void emitAt(Kind kind, String text, int atLine, boolean formatted) {
        out.add(new Token(kind, text, atLine, currentIndent, atLineStart, formatted));
        atLineStart = false;
    }

    private static final String[] OPERATORS = {"**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "==", "!=", "<=",
            ">=", "<<", ">>", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@="};

    private void operator(char c) {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                pos += op.length();
                emit(Kind.OP, op, false);
                return;
            }
        }
        pos++;
        if (c == '(' || c == '[' || c == '{') {
            depth++;
            if (depth > MAX_NESTING) {
                emit(Kind.ERROR, "nesting too deep: more than " + MAX_NESTING + " brackets open on line " + line
                        + " (Python itself refuses more than " + MAX_NESTING + ")", false);
                // Nothing after this point can be read as Python: stop, so the cost stays bounded too.
                pos = src.length();
                depth = 0;
                return;
            }
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
            depth--;
        }
        emit(Kind.OP, String.valueOf(c), false);
    }

    private static boolean isIdentStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isStringPrefix(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return switch (w) {
            case "r", "u", "b", "f", "br", "rb", "fr", "rf", "t", "tr", "rt" -> true;
            default -> false;
        };
    }

    private void string(String prefix) {
        int startLine = line;
        char quote = src.charAt(pos);
        boolean triple = src.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        boolean raw = prefix.contains("r");
        boolean formatted = prefix.contains("f") || prefix.contains("t");
        StringBuilder value = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                emitAt(Kind.ERROR, "unterminated string starting on line " + startLine, startLine, false);
                return;
            }
            char c = src.charAt(pos);
            if (c == quote && (!triple || src.startsWith(String.valueOf(quote).repeat(3), pos))) {
                pos += triple ? 3 : 1;
                break;
            }
            if (c == '\n' || c == '\r') {
                if (!triple) {
                    emitAt(Kind.ERROR, "unterminated string on line " + startLine, startLine, false);
                    return;
                }
                value.append('\n');
                newline();
                continue;
            }
            if (c == '\\' && pos + 1 < src.length()) {
                char n = src.charAt(pos + 1);
                if (raw) {
                    value.append(c);
                    if (n == '\n' || n == '\r') {
                        pos++;
                        value.append('\n');
                        newline();
                    } else {
                        value.append(n);
                        pos += 2;
                    }
                    continue;
                }
                pos += 2;
                switch (n) {
                    case '\n', '\r' -> {
                        pos--;
                        newline();
                    }
                    case 'n' -> value.append('\n');
                    case 't' -> value.append('\t');
                    case 'r' -> value.append('\r');
                    case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                        int start = pos - 1;
                        int end = start + 1;
                        while (end < src.length() && end < start + 3 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
                            end++;
                        }
                        value.append((char) Integer.parseInt(src.substring(start, end), 8));
                        pos = end;
                    }
                    case 'x' -> hexEscape(value, 2);
                    case 'u' -> hexEscape(value, 4);
                    case 'U' -> hexEscape(value, 8);
                    case '\\', '\'', '"' -> value.append(n);
                    case 'a' -> value.append('\u0007');
                    case 'b' -> value.append('\b');
                    case 'f' -> value.append('\f');
                    case 'v' -> value.append('\u000b');
                    default -> value.append('\\').append(n);
                }
                continue;
            }
            value.append(c);
            pos++;
        }
        emitAt(Kind.STRING, value.toString(), startLine, formatted);
    }

    private void hexEscape(StringBuilder value, int digits) {
        if (pos + digits <= src.length()) {
            try {
                value.appendCodePoint(Integer.parseInt(src.substring(pos, pos + digits), 16));
                pos += digits;
                return;
            } catch (IllegalArgumentException e) {
                // fall through: keep the text as written
            }
        }
        value.append('\\').append(src.charAt(pos - 1));
    }
}
