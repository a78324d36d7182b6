package dev.signalbox.database;

import dev.signalbox.config.Profile;
import dev.signalbox.config.Profile.ConstraintExpectation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the profile's constraint expectations against the catalog (incident 5: an FK that referenced
 * {@code user_profiles(id)} where the team expected {@code users(id)}).
 */
final class ExpectationChecker {
    private static final Pattern REFERENCE = Pattern.compile("\\s*([^()\\s]+)\\s*(?:\\(([^()]*)\\))?\\s*");

    private ExpectationChecker() {
    }

    static List<ExpectationResult> check(List<ConstraintExpectation> expectations, List<Constraint> constraints) {
        List<ExpectationResult> results = new ArrayList<>();
        for (ConstraintExpectation expectation : expectations) {
            results.add(check(expectation, constraints));
        }
        return results;
    }

    static ExpectationResult check(ConstraintExpectation expected, List<Constraint> constraints) {
        String table = qualify(expected.table());
        String type = normalizeType(expected.type());
        String wording = describe(expected, table, type);
        if (type == null) {
            return new ExpectationResult(wording, ExpectationResult.Status.INVALID, null,
                    List.of("type '" + expected.type() + "' is not one of " + String.join(", ", Constraint.TYPES)));
        }
        String[] reference = null;
        if (expected.references() != null) {
            Matcher m = REFERENCE.matcher(expected.references());
            if (!m.matches()) {
                return new ExpectationResult(wording, ExpectationResult.Status.INVALID, null,
                        List.of("references '" + expected.references() + "' is not schema.table(column, ...)"));
            }
            reference = new String[]{qualify(m.group(1)), m.group(2) == null ? null : m.group(2)};
        }

        List<Constraint> onTable = constraints.stream().filter(c -> c.qualifiedTable().equals(table)).toList();
        Constraint found;
        if (expected.name() != null) {
            found = onTable.stream().filter(c -> c.name().equals(expected.name())).findFirst().orElse(null);
        } else {
            found = onTable.stream().filter(c -> c.type().equals(type) && c.columns().equals(expected.columns()))
                    .findFirst()
                    .orElse(onTable.stream().filter(c -> c.type().equals(type)
                            && c.columns().stream().sorted().toList().equals(expected.columns().stream().sorted().toList()))
                            .findFirst().orElse(null));
        }
        if (found == null) {
            String where = expected.name() != null ? "no constraint named " + expected.name() + " on " + table
                    : "no " + type + " on " + table + "(" + String.join(", ", expected.columns()) + ")";
            return new ExpectationResult(wording, ExpectationResult.Status.MISSING, null, List.of(where));
        }

        List<String> problems = new ArrayList<>();
        ConstraintFix fix = null;
        if (!found.type().equals(type)) {
            problems.add("is a " + found.type() + ", expected a " + type);
        }
        if (!expected.columns().isEmpty() && !found.columns().equals(expected.columns())) {
            problems.add("is on columns (" + String.join(", ", found.columns()) + "), expected ("
                    + String.join(", ", expected.columns()) + ")");
        }
        if (reference != null) {
            String actual = found.referencedTable() == null ? "nothing"
                    : found.referencedTable() + "(" + String.join(", ", found.referencedColumns()) + ")";
            boolean tableDiffers = !reference[0].equals(found.referencedTable());
            boolean columnsDiffer = reference[1] != null && (found.referencedColumns() == null
                    || !found.referencedColumns().equals(columns(reference[1])));
            if (tableDiffers || columnsDiffer) {
                problems.add("references " + actual + ", expected " + reference[0]
                        + (reference[1] != null ? "(" + String.join(", ", columns(reference[1])) + ")" : ""));
                if (found.type().equals("FOREIGN KEY") && found.referencedTable() != null) {
                    fix = ConstraintFix.replaceForeignKey(found, reference[0], reference[1] == null ? null : columns(reference[1]));
                }
            }
        }
        if (expected.validated() != null && expected.validated() != found.validated()) {
            if (found.validated()) {
                problems.add("is validated, expected NOT VALID");
            } else if (fix != null) {
                // Validating it would check every row against the wrong table and make the mistake look settled.
                problems.add("is NOT VALID: do not VALIDATE it, it references the wrong table");
            } else {
                fix = ConstraintFix.validate(found);
                problems.add("is NOT VALID (existing rows unchecked), expected validated: " + fix.script());
            }
        }
        return new ExpectationResult(wording, problems.isEmpty() ? ExpectationResult.Status.OK : ExpectationResult.Status.MISMATCH,
                found.describe(), problems, fix);
    }

    private static List<String> columns(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static String qualify(String table) {
        String stripped = table.strip();
        return stripped.contains(".") ? stripped : "public." + stripped;
    }

    static String normalizeType(String type) {
        return Profile.constraintType(type);
    }

    private static String describe(ConstraintExpectation e, String table, String type) {
        StringBuilder out = new StringBuilder(type != null ? type : e.type());
        if (e.name() != null) {
            out.append(' ').append(e.name());
        }
        out.append(" on ").append(table);
        if (!e.columns().isEmpty()) {
            out.append('(').append(String.join(", ", e.columns())).append(')');
        }
        if (e.references() != null) {
            out.append(" -> ").append(e.references().strip());
        }
        if (e.validated() != null) {
            out.append(e.validated() ? ", validated" : ", NOT VALID");
        }
        return out.toString();
    }
}
