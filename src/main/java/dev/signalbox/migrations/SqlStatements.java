package dev.signalbox.migrations;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at the semicolons PostgreSQL would split at: not inside 'strings', "identifiers",
 * $tag$ dollar quotes $tag$, -- line comments or nested block comments. Comments become spaces (newlines kept),
 * so each statement's offset still counts the lines of the original text.
 */
final class SqlStatements {

    /** @param text the statement with comments blanked; @param offset where its first non-blank character is */
    record Statement(String text, int offset) {
    }

    private SqlStatements() {
    }

    static List<Statement> split(String sql) {
        StringBuilder clean = new StringBuilder(sql.length());
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    clean.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                while (i < n) {
                    if (sql.startsWith("/*", i)) {
                        depth++;
                        clean.append("  ");
                        i += 2;
                    } else if (sql.startsWith("*/", i)) {
                        depth--;
                        clean.append("  ");
                        i += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        clean.append(sql.charAt(i) == '\n' ? '\n' : ' ');
                        i++;
                    }
                }
            } else if (c == '\'' || c == '"') {
                int end = i + 1;
                while (end < n) {
                    if (sql.charAt(end) == c) {
                        if (end + 1 < n && sql.charAt(end + 1) == c) {
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    end++;
                }
                end = Math.min(end + 1, n);
                clean.append(sql, i, end);
                i = end;
            } else if (c == '$' && dollarTag(sql, i) != null) {
                String tag = dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                int end = close < 0 ? n : close + tag.length();
                clean.append(sql, i, end);
                i = end;
            } else {
                clean.append(c);
                i++;
            }
        }
        List<Statement> statements = new ArrayList<>();
        String text = clean.toString();
        int start = 0;
        int k = 0;
        while (k <= text.length()) {
            if (k < text.length()) {
                char c = text.charAt(k);
                if (c == '\'' || c == '"') {
                    k = quoteEnd(text, k);
                    continue;
                }
                if (c == '$' && dollarTag(text, k) != null) {
                    String tag = dollarTag(text, k);
                    int close = text.indexOf(tag, k + tag.length());
                    k = close < 0 ? text.length() : close + tag.length();
                    continue;
                }
                if (c != ';') {
                    k++;
                    continue;
                }
            }
            String part = text.substring(start, Math.min(k, text.length()));
            int lead = 0;
            while (lead < part.length() && Character.isWhitespace(part.charAt(lead))) {
                lead++;
            }
            if (lead < part.length()) {
                statements.add(new Statement(part.strip(), start + lead));
            }
            start = k + 1;
            k++;
        }
        return statements;
    }

    /** The index after the quote that closes the one at i ('' and "" are escaped quotes). */
    private static int quoteEnd(String text, int i) {
        char q = text.charAt(i);
        int end = i + 1;
        while (end < text.length()) {
            if (text.charAt(end) == q) {
                if (end + 1 < text.length() && text.charAt(end + 1) == q) {
                    end += 2;
                    continue;
                }
                return end + 1;
            }
            end++;
        }
        return text.length();
    }

    /** $tag$ or $$ starting at i, else null (a $1 parameter is not a dollar quote). */
    private static String dollarTag(String sql, int i) {
        int j = i + 1;
        while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
            j++;
        }
        if (j < sql.length() && sql.charAt(j) == '$' && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
            return sql.substring(i, j + 1);
        }
        return null;
    }

    /**
     * Splits at top-level commas (outside parentheses and quotes): the actions of one ALTER TABLE, the items of a
     * CREATE TABLE's column list.
     */
    static List<String> topLevelParts(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).strip());
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** Where the first top-level (depth 0, unquoted) word-bounded keyword of {@code keywords} starts in upper-case text, else -1. */
    static int topLevelKeyword(String upper, String... keywords) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < upper.length(); i++) {
            char c = upper.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (i == 0 || !Character.isLetterOrDigit(upper.charAt(i - 1)) && upper.charAt(i - 1) != '_')) {
                for (String keyword : keywords) {
                    int end = i + keyword.length();
                    if (upper.startsWith(keyword, i) && (end == upper.length() || !Character.isLetterOrDigit(upper.charAt(end))
                            && upper.charAt(end) != '_')) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }
}
