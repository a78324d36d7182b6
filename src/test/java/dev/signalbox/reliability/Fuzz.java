package dev.signalbox.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of hostile inputs for the parsers' property tests: random mutations of a valid input,
 * truncations, deep nesting, huge strings and wrong encodings. The same seed gives the same cases, so a failure
 * names its seed and case and can be replayed.
 * <p>
 * {@code mvn verify} runs {@link #casesPerParser()} = 800 cases per parser. A long run:
 * {@code mvn test -Dtest='*FuzzTest' -Dsignalbox.fuzz.cases=100000 -Dsignalbox.fuzz.seed=7} (docs/reliability.md).
 */
public final class Fuzz {
    private static final String[] NASTY = {"(", ")", "[", "]", "{", "}", "\"", "'", "\"\"\"", "\\", "\n", "\r\n", "\t", "\0",
            "%", "%(", ")s", "=", ":", ",", "@", "/", "?", "#", "\uFEFF", "\uD800", "é", "💥", "null", "NaN", "-1", "1e999",
            "env:", "file:", "file:/dev/zero", "op.", "def upgrade():", "[alembic]", "\u2028"};

    private Fuzz() {
    }

    /** Cases per parser: {@code -Dsignalbox.fuzz.cases} (default 800). */
    public static int casesPerParser() {
        return Integer.getInteger("signalbox.fuzz.cases", 800);
    }

    /** The base seed: {@code -Dsignalbox.fuzz.seed} (default 20261130). */
    public static long seed() {
        return Long.getLong("signalbox.fuzz.seed", 20261130L);
    }

    /** One generated input: the bytes given to the parser, and how it was made (for the failure message). */
    public record Case(int index, String how, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The case as a failure message can show it: how it was made, and its first 300 characters. */
        public String describe(long seed) {
            String text = text();
            return "seed " + seed + ", case " + index + " (" + how + "): " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
        }
    }

    /** {@code count} cases derived from {@code valid}, reproducibly from {@code seed}. */
    public static List<Case> cases(String valid, long seed, int count) {
        Random random = new Random(seed);
        List<Case> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(valid, random, i));
        }
        return out;
    }

    private static Case one(String valid, Random random, int index) {
        int kind = random.nextInt(10);
        return switch (kind) {
            case 0 -> {
                int at = random.nextInt(valid.length() + 1);
                yield new Case(index, "truncated at " + at, utf8(valid.substring(0, at)));
            }
            case 1 -> {
                int depth = 100 + random.nextInt(20_000);
                if (random.nextBoolean()) {
                    // Balanced: wraps a span in matching brackets, so the nesting reaches the parser proper.
                    int from = random.nextInt(valid.length() + 1);
                    int to = from + random.nextInt(Math.min(60, valid.length() - from) + 1);
                    int pair = random.nextInt(3);
                    String open = "([{".substring(pair, pair + 1);
                    String close = ")]}".substring(pair, pair + 1);
                    yield new Case(index, depth + " balanced '" + open + close + "' around " + from + ".." + to,
                            utf8(valid.substring(0, from) + open.repeat(depth) + valid.substring(from, to) + close.repeat(depth) + valid.substring(to)));
                }
                String open = NASTY[random.nextInt(6)];
                int at = random.nextInt(valid.length() + 1);
                yield new Case(index, depth + " x '" + open + "' at " + at, utf8(valid.substring(0, at) + open.repeat(depth) + valid.substring(at)));
            }
            case 2 -> {
                int size = 10_000 + random.nextInt(300_000);
                int at = random.nextInt(valid.length() + 1);
                char fill = "ax\"(%é 0".charAt(random.nextInt(8));
                yield new Case(index, "a string of " + size + " '" + fill + "' at " + at,
                        utf8(valid.substring(0, at) + String.valueOf(fill).repeat(size) + valid.substring(at)));
            }
            case 3 -> {
                String how = random.nextBoolean() ? "ISO-8859-1" : "UTF-16";
                String text = valid.replace("a", random.nextBoolean() ? "à" : "a");
                yield new Case(index, "encoded as " + how, text.getBytes(how.equals("UTF-16") ? StandardCharsets.UTF_16 : StandardCharsets.ISO_8859_1));
            }
            case 4 -> {
                byte[] bytes = utf8(valid);
                int flips = 1 + random.nextInt(8);
                for (int f = 0; f < flips && bytes.length > 0; f++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                yield new Case(index, flips + " random bytes", bytes);
            }
            default -> {
                StringBuilder text = new StringBuilder(valid);
                int edits = 1 + random.nextInt(12);
                for (int e = 0; e < edits; e++) {
                    int at = random.nextInt(text.length() + 1);
                    switch (random.nextInt(4)) {
                        case 0 -> text.insert(at, NASTY[random.nextInt(NASTY.length)]);
                        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(20)));
                        case 2 -> {
                            int end = Math.min(text.length(), at + 1 + random.nextInt(40));
                            text.insert(at, text.substring(at, end));
                        }
                        default -> {
                            if (at < text.length()) {
                                text.setCharAt(at, (char) (32 + random.nextInt(95)));
                            }
                        }
                    }
                }
                yield new Case(index, edits + " edits", utf8(text.toString()));
            }
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
