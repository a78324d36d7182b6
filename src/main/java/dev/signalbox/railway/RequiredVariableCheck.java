package dev.signalbox.railway;

import dev.signalbox.config.Profile;
import dev.signalbox.config.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The profile's required variables checked against what Railway really gives the service (incident 6: a
 * DATABASE_URL and a 32+ character secret simply missing). Findings name the rule broken, never the value.
 */
public final class RequiredVariableCheck {

    public enum Verdict { OK, MISSING, EMPTY, PATTERN_MISMATCH, TOO_SHORT }

    /** One variable's verdict; {@code detail} describes the rule, not the value (only its length). */
    public record Finding(String name, Verdict verdict, String detail, String description) {
        public boolean ok() {
            return verdict == Verdict.OK;
        }
    }

    private RequiredVariableCheck() {
    }

    public static List<Finding> check(List<Profile.RequiredVariable> required, VariableSet variables) {
        List<Finding> findings = new ArrayList<>();
        for (Profile.RequiredVariable rule : required) {
            Optional<Secret> value = variables.get(rule.name());
            if (value.isEmpty()) {
                findings.add(new Finding(rule.name(), Verdict.MISSING, "not set on Railway for this service", rule.description()));
            } else if (value.get().isEmpty()) {
                findings.add(new Finding(rule.name(), Verdict.EMPTY, "set but empty", rule.description()));
            } else if (rule.pattern() != null && !Pattern.compile(rule.pattern()).matcher(value.get().reveal()).find()) {
                findings.add(new Finding(rule.name(), Verdict.PATTERN_MISMATCH, "does not match " + rule.pattern(), rule.description()));
            } else if (rule.minLength() != null && value.get().length() < rule.minLength()) {
                findings.add(new Finding(rule.name(), Verdict.TOO_SHORT, value.get().length() + " characters, at least "
                        + rule.minLength() + " required", rule.description()));
            } else {
                findings.add(new Finding(rule.name(), Verdict.OK, "present"
                        + (rule.pattern() != null ? ", matches " + rule.pattern() : "")
                        + (rule.minLength() != null ? ", at least " + rule.minLength() + " characters" : ""), rule.description()));
            }
        }
        return findings;
    }
}
