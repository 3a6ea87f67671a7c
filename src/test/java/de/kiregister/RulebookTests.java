package de.kiregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The rulebook {@code docs/rules.md} is where code, tests and docs point for a rule; nothing points outside the
 * repository. Fails when a reference to a file outside the repository or to a tracker number comes back, when a
 * comment or message cites a rule number ("rule 6", "Regel 6", "C4") the rulebook does not have, or when the
 * rulebook names a test method or an enforcing class that does not exist.
 */
class RulebookTests {

    private static final Path RULEBOOK = Path.of("docs/rules.md");
    private static final Path THIS_SOURCE = Path.of("src/test/java/de/kiregister/RulebookTests.java");

    /** Where references are looked for: everything of the repository that is not generated. */
    private static final List<Path> SCANNED = List.of(Path.of("src"), Path.of("db"), Path.of("docs"),
            Path.of("scripts"), Path.of(".ci"), Path.of(".github"), Path.of("README.md"), Path.of("pom.xml"),
            Path.of("docker-compose.yml"), Path.of("Dockerfile"));

    /**
     * Files outside the repository and tracker numbers: the specification files by name, relative paths into the
     * sibling folders, the machine's work folder, and an issue number in any spelling (see
     * {@link #theDetectionFindsWhatItShould}, the one place that spells them out and is therefore not scanned).
     */
    private static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("product\\.md"),
            Pattern.compile("ai-act" + "-rules"),
            Pattern.compile("\\.\\./(?:shared|seeds)\\b"),
            Pattern.compile("/work" + "/"),
            Pattern.compile("\\bissues?[\\s-]+#?\\d", Pattern.CASE_INSENSITIVE));

    /**
     * Migrations up to this version are applied and must not change, not even their comments (Flyway checks the
     * checksum; ADR-003). Their comments keep citing the specification; later migrations are checked.
     */
    private static final int LAST_FROZEN_MIGRATION = 14;

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.*\\.sql");

    /** "rule 6", "Rule 3", "rules 1, 2 and 4", "rules 22–26", "Regel 4", "Regeln 1 und 2". */
    private static final Pattern RULE_REFERENCE = Pattern.compile(
            "\\b(?:[Rr]ules?|Regeln?)\\s+(\\d+(?:\\s*(?:,|and|or|und|oder|–|-)\\s*\\d+)*)");

    /** "(C2)", "docs/rules.md, C4", "rules.md, C1-C16". */
    private static final Pattern C_REFERENCE = Pattern.compile("(?:rules\\.md,?\\s+|\\()C(\\d+)(?:\\s*[-–]\\s*C(\\d+))?");

    private static final Pattern RULE_HEADING = Pattern.compile("^### Rule (\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern C_HEADING = Pattern.compile("^### C(\\d+)\\s*$", Pattern.MULTILINE);

    /** A test the rulebook names as proof: {@code `FooTests.method`}. */
    private static final Pattern CITED_TEST = Pattern.compile("`(\\w+Tests)\\.(\\w+)`");

    /** An enforcing class the rulebook names below {@code de.kiregister}: {@code `register.domain.UseCase.reject`}. */
    private static final Pattern CITED_CLASS = Pattern.compile("`((?:[a-z]+\\.)+)([A-Z]\\w*)(?:\\.([a-z]\\w*))?");

    @Test
    void nothingPointsOutsideTheRepositoryOrToTrackerNumbers() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : scannedFiles()) {
            if (frozenMigration(file) || file.equals(THIS_SOURCE)) {
                continue;
            }
            found.addAll(forbiddenReferences(file.toString(), read(file)));
        }
        assertThat(found).as("references outside the repository; point to docs/rules.md, an ADR or a docs page")
                .isEmpty();
    }

    @Test
    void theDetectionFindsWhatItShould() {
        assertThat(forbiddenReferences("x", """
                // see product.md §5 rule 3
                # Sources: ../shared/spec/ai-act-rules.md
                /* found in issue 7 */
                -- issues 5 and 7
                * Issue 3's journey
                """)).hasSize(5);
        assertThat(forbiddenReferences("x", """
                // rule 3 (docs/rules.md); Art. 26(7) at the workplace; § 35a VwVfG
                // the load test found it; {0,choice,1#1 Tag|1<{0,number,integer} Tage}
                """)).isEmpty();
        assertThat(frozenMigration(Path.of("db", "migration", "V8__dialogue.sql"))).isTrue();
        assertThat(frozenMigration(Path.of("db", "migration", "V15__roadmap_add_column.sql"))).isFalse();
        assertThat(numbers(RULE_REFERENCE, "Rules 1, 2 and 4 of it; Regel 6; rules 22–26")).containsExactly(1, 2, 4, 6,
                22, 23, 24, 25, 26);
        assertThat(numbers(C_REFERENCE, "(docs/rules.md, C2) and rules.md, C1-C3, but not %C3%9C or C4"))
                .containsExactly(2, 1, 2, 3);
    }

    @Test
    void everyCitedRuleNumberIsInTheRulebook() throws IOException {
        String rulebook = read(RULEBOOK);
        Set<Integer> rules = headings(RULE_HEADING, rulebook);
        Set<Integer> classification = headings(C_HEADING, rulebook);
        assertThat(rules).as("rules 1-15 keep their numbers").containsAll(Stream.iterate(1, n -> n + 1).limit(15)
                .toList());

        List<String> missing = new ArrayList<>();
        for (Path file : scannedFiles()) {
            String text = read(file);
            for (int n : numbers(RULE_REFERENCE, text)) {
                if (!rules.contains(n)) {
                    missing.add(file + ": rule " + n);
                }
            }
            for (int n : numbers(C_REFERENCE, text)) {
                if (!classification.contains(n)) {
                    missing.add(file + ": C" + n);
                }
            }
        }
        assertThat(missing).as("cited but not in docs/rules.md").isEmpty();
    }

    @Test
    void theRulebookNamesOnlyTestsAndClassesThatExist() throws IOException {
        String rulebook = read(RULEBOOK);
        List<Path> tests;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            tests = files.filter(f -> f.toString().endsWith("Tests.java")).toList();
        }
        List<String> missing = new ArrayList<>();
        Matcher test = CITED_TEST.matcher(rulebook);
        int citedTests = 0;
        while (test.find()) {
            citedTests++;
            String name = test.group(1) + ".java";
            String method = test.group(2);
            boolean exists = tests.stream().filter(f -> f.getFileName().toString().equals(name))
                    .anyMatch(f -> read(f).matches("(?s).*\\bvoid " + method + "\\(.*"));
            if (!exists) {
                missing.add(test.group(1) + "." + method);
            }
        }
        Matcher type = CITED_CLASS.matcher(rulebook);
        int citedClasses = 0;
        while (type.find()) {
            citedClasses++;
            Path source = Path.of("src/main/java/de/kiregister", type.group(1).replace('.', '/') + type.group(2)
                    + ".java");
            if (!Files.exists(source)) {
                missing.add(type.group(1) + type.group(2));
            } else if (type.group(3) != null && !read(source).contains(" " + type.group(3) + "(")) {
                missing.add(type.group(1) + type.group(2) + "." + type.group(3));
            }
        }
        assertThat(citedTests).as("tests named as proof").isGreaterThan(50);
        assertThat(citedClasses).as("enforcing classes named").isGreaterThan(30);
        assertThat(missing).as("named in docs/rules.md but not found").isEmpty();
    }

    private static List<String> forbiddenReferences(String name, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (Pattern pattern : FORBIDDEN) {
                if (pattern.matcher(lines[i]).find()) {
                    found.add(name + ":" + (i + 1) + ": " + lines[i].strip());
                    break;
                }
            }
        }
        return found;
    }

    private static boolean frozenMigration(Path file) {
        Matcher m = MIGRATION.matcher(file.getFileName().toString());
        return file.startsWith(Path.of("db", "migration")) && m.matches()
                && Integer.parseInt(m.group(1)) <= LAST_FROZEN_MIGRATION;
    }

    /** Every number a reference names; a range ("22–26", "C1-C16") names every number in it. */
    private static List<Integer> numbers(Pattern reference, String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = reference.matcher(text);
        while (m.find()) {
            if (reference == C_REFERENCE) {
                int from = Integer.parseInt(m.group(1));
                int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
                continue;
            }
            Matcher part = Pattern.compile("(\\d+)(?:\\s*[–-]\\s*(\\d+))?").matcher(m.group(1));
            while (part.find()) {
                int from = Integer.parseInt(part.group(1));
                int to = part.group(2) == null ? from : Integer.parseInt(part.group(2));
                for (int n = from; n <= to; n++) {
                    numbers.add(n);
                }
            }
        }
        return numbers;
    }

    private static Set<Integer> headings(Pattern heading, String rulebook) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher m = heading.matcher(rulebook);
        while (m.find()) {
            numbers.add(Integer.parseInt(m.group(1)));
        }
        return numbers;
    }

    /** The text files below the scanned paths; binary files (fonts, images) are skipped. */
    private static List<Path> scannedFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : SCANNED) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).filter(RulebookTests::isText).forEach(files::add);
            }
        }
        return files;
    }

    private static boolean isText(Path file) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
