package de.kiregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import de.kiregister.audit.RevisionChanges;
import de.kiregister.classification.AiActRole;
import de.kiregister.classification.ObligationState;
import de.kiregister.classification.obligation.ObligationCalendar;
import de.kiregister.register.RiskTier;
import de.kiregister.dialogue.ItemSource;
import de.kiregister.dialogue.ItemState;
import de.kiregister.dialogue.Party;
import de.kiregister.dialogue.RoundStatus;
import de.kiregister.dialogue.Verdict;
import de.kiregister.identity.Role;
import de.kiregister.notification.domain.DeliveryStatus;
import de.kiregister.notification.domain.MessageKind;
import de.kiregister.publication.domain.PublicField;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.Phase;
import de.kiregister.register.PortfolioOrder;
import de.kiregister.roadmap.MilestoneStatus;
import de.kiregister.roadmap.MilestoneType;
import de.kiregister.roadmap.TrafficLight;
import de.kiregister.register.StrategicGoal;
import de.kiregister.register.domain.PhaseAction;
import de.kiregister.register.domain.UseCase;
import de.kiregister.register.domain.UseCaseSearch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The German and the English message bundle stay in step, and templates show no text that bypasses them.
 * Plain JUnit: reads the sources under {@code src/main/resources} (Maven runs tests in the project directory).
 */
class I18nTests {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Path TEMPLATES = RESOURCES.resolve("templates");

    /** A literal message key in an expression: {@code #{key}} or {@code #{key(args)}}; not {@code #{|…|}}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z][\\w.-]*)\\s*[}(]");

    /** Label keys handed to the form and list fragments, e.g. {@code item('usecase.summary', ...)}. */
    private static final Pattern FRAGMENT_KEY = Pattern.compile(
            ":: (?:item\\(|(?:input|textarea|enumSelect|optionSelect)\\('[\\w]+', )'([A-Za-z][\\w.-]*)'");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    /** Visible text that is fine without a message key (punctuation, symbols). Only text with letters is checked. */
    private static final Set<String> ALLOWED_TEXT = Set.of("*", "–", ":", ",");

    /** Attributes whose value a person sees or hears; a literal value with letters must come from the bundle. */
    private static final Set<String> VISIBLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

    /** Thymeleaf attributes that replace the element's whole content, so the literal body is only a fallback. */
    private static final Set<String> CONTENT_REPLACING = Set.of("th:text", "th:utext", "th:errors", "th:replace",
            "th:insert", "th:remove", "th:include");

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed", "hr", "img",
            "input", "link", "meta", "source", "track", "wbr");

    private static Map<String, String> german;
    private static Map<String, String> english;

    @BeforeAll
    static void loadBundles() throws IOException {
        german = load(RESOURCES.resolve("messages.properties"));
        english = load(RESOURCES.resolve("messages_en.properties"));
    }

    @Test
    void bothBundlesAreValidUtf8() throws IOException {
        for (String name : List.of("messages.properties", "messages_en.properties")) {
            byte[] bytes = Files.readAllBytes(RESOURCES.resolve(name));
            try {
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new AssertionError(name + " is not valid UTF-8", e);
            }
        }
        // Sanity: umlauts survive loading, so the file really is read as UTF-8.
        assertThat(german.get("usecase.tab.overview")).isEqualTo("Überblick");
    }

    @Test
    void germanAndEnglishHaveTheSameKeys() {
        Set<String> missingInEnglish = new TreeSet<>(german.keySet());
        missingInEnglish.removeAll(english.keySet());
        Set<String> missingInGerman = new TreeSet<>(english.keySet());
        missingInGerman.removeAll(german.keySet());

        assertThat(missingInEnglish).as("keys of messages.properties missing in messages_en.properties").isEmpty();
        assertThat(missingInGerman).as("keys of messages_en.properties missing in messages.properties").isEmpty();
    }

    @Test
    void translationsUseTheSamePlaceholdersAndNoBareApostrophes() {
        List<String> problems = new ArrayList<>();
        german.forEach((key, de) -> {
            String en = english.get(key);
            if (en == null) {
                return; // reported by germanAndEnglishHaveTheSameKeys
            }
            if (!placeholders(de).equals(placeholders(en))) {
                problems.add(key + ": de " + placeholders(de) + " vs en " + placeholders(en));
            }
        });
        Map<String, Map<String, String>> bundles = Map.of("de", german, "en", english);
        bundles.forEach((language, bundle) -> bundle.forEach((key, value) -> {
            // With arguments, Spring formats through MessageFormat, which swallows a single apostrophe.
            if (!placeholders(value).isEmpty() && value.replace("''", "").contains("'")) {
                problems.add(language + " " + key + ": single apostrophe in a message with arguments");
            }
            if (value.isBlank()) {
                problems.add(language + " " + key + ": empty message");
            }
        }));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyLiteralKeyUsedInTemplatesExistsInBothBundles() throws IOException {
        Map<String, Set<String>> usedKeys = new TreeMap<>();
        for (Path template : templates()) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(TEMPLATE_KEY, FRAGMENT_KEY)) {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    usedKeys.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(name(template));
                }
            }
        }
        assertThat(usedKeys).as("the scan finds the keys the templates use").containsKeys("app.name",
                "usecase.changedByAt", "usecase.phase.current", "error.back", "usecase.summary", "usecase.title",
                "usecase.strategicGoal");

        List<String> missing = new ArrayList<>();
        usedKeys.forEach((key, where) -> {
            if (!german.containsKey(key)) {
                missing.add("messages.properties lacks " + key + " (used in " + where + ")");
            }
            if (!english.containsKey(key)) {
                missing.add("messages_en.properties lacks " + key + " (used in " + where + ")");
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void everyEnumConstantShownToUsersHasALabel() {
        Map<String, List<? extends Enum<?>>> prefixes = new TreeMap<>();
        for (Class<? extends Enum<?>> type : List.<Class<? extends Enum<?>>>of(Phase.class, StrategicGoal.class,
                Category.class, Horizon.class, Hosting.class, PersonalData.class, AffectedGroup.class,
                AutomationLevel.class, Role.class, RiskTier.class, AiActRole.class, ObligationState.class,
                Party.class, ItemState.class, Verdict.class, RoundStatus.class, ItemSource.class,
                MessageKind.class, DeliveryStatus.class, MilestoneType.class, MilestoneStatus.class,
                TrafficLight.class, PublicField.class)) {
            prefixes.put("enum." + type.getSimpleName() + ".", List.of(type.getEnumConstants()));
        }
        prefixes.put("action.", List.of(PhaseAction.values()));
        prefixes.put("sort.", List.of(UseCaseSearch.SortKey.values()));
        prefixes.put("calendar.status.", List.of(ObligationCalendar.StatusFilter.values()));
        prefixes.put("roadmap.lanes.", List.of(PortfolioOrder.Grouping.values()));
        prefixes.put("roadmap.sort.", List.of(PortfolioOrder.SortKey.values()));
        prefixes.put("calendar.section.", List.of(ObligationCalendar.Section.values()));
        // The notification mails name the party with its article ("den Personalrat"), looked up by name.
        prefixes.put("notification.mail.party.", List.of(Party.values()));

        List<String> missing = new ArrayList<>();
        prefixes.forEach((prefix, constants) -> {
            for (Enum<?> constant : constants) {
                String key = prefix + constant.name();
                if (!german.containsKey(key)) {
                    missing.add("messages.properties lacks " + key);
                }
                if (!english.containsKey(key)) {
                    missing.add("messages_en.properties lacks " + key);
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void messageKeysUsedInJavaCodeExistInBothBundles() throws IOException {
        // Rule violations, flash messages, field errors and CSV headers carry their key as a string literal.
        Pattern javaKey = Pattern.compile("(?:new DomainRuleViolation\\(|addFlashAttribute\\(\\s*\"success\"\\s*,"
                + "|rejectValue\\(\\s*\"[^\"]+\"\\s*,|\\btext\\()\\s*\"([A-Za-z][\\w.]*[A-Za-z])\"");
        Map<String, Set<String>> usedKeys = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = javaKey.matcher(Files.readString(source, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    usedKeys.computeIfAbsent(matcher.group(1), k -> new TreeSet<>())
                            .add(source.getFileName().toString());
                }
            }
        }
        assertThat(usedKeys).as("the scan finds the keys the code uses").containsKeys("department.code.taken",
                "usecase.created", "user.password.tooShort", "csv.reference");
        List<String> missing = new ArrayList<>();
        usedKeys.forEach((key, where) -> {
            if (!german.containsKey(key) || !english.containsKey(key)) {
                missing.add(key + " (used in " + where + ") de=" + german.containsKey(key) + " en="
                        + english.containsKey(key));
            }
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void historyTabHasLabelsForEveryRecordedFieldAndKind() {
        // history.html renders #{|usecase.${field}|} and #{|history.kind.${kind}|} for what Envers recorded.
        Set<String> technical = Set.of("id", "version", "createdAt", "createdBy", "changedAt", "changedBy",
                "phaseBeforeDeferral");
        List<String> keys = new ArrayList<>();
        for (java.lang.reflect.Field field : UseCase.class.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers()) && !technical.contains(field.getName())) {
                keys.add("usecase." + field.getName());
            }
        }
        for (RevisionChanges.Kind kind : RevisionChanges.Kind.values()) {
            keys.add("history.kind." + kind.name());
        }
        assertThat(keys).contains("usecase.title", "usecase.department");
        assertThat(german).containsKeys(keys.toArray(String[]::new));
        assertThat(english).containsKeys(keys.toArray(String[]::new));
    }

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path template : templates()) {
            findings.addAll(hardCodedText(name(template), Files.readString(template, StandardCharsets.UTF_8)));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void hardCodedTextDetectionFindsWhatItShould() {
        String html = """
                <div class="a" th:if="${x > 1}">Hallo <b>Welt</b></div>
                <p th:text="#{k}">Fallback <em>auch</em> ok</p>
                <span th:unless="${last}">, </span>:
                <!-- Kommentar -->
                <input placeholder="Suchbegriff"><a th:attr="aria-label=#{k}" aria-label="Navigation">&nbsp;</a>
                <div th:replace="~{f :: g}">Ersetzt</div>
                """;
        assertThat(hardCodedText("t.html", html)).containsExactly("t.html:1 text \"Hallo\"",
                "t.html:1 text \"Welt\"", "t.html:5 attribute placeholder=\"Suchbegriff\"");
    }

    /** Finds text nodes with letters outside any content-replacing Thymeleaf element, and literal visible attributes. */
    static List<String> hardCodedText(String name, String html) {
        Pattern token = Pattern.compile("<!--.*?-->|<!.*?>|</([A-Za-z][\\w:.-]*)\\s*>"
                + "|<([A-Za-z][\\w:.-]*)((?:\\s+[^\\s=/>]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*(/?)>",
                Pattern.DOTALL);
        Pattern attribute = Pattern.compile("([^\\s=/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");
        record Open(String name, boolean replaced, boolean raw) {
        }
        Deque<Open> open = new ArrayDeque<>();
        List<String> findings = new ArrayList<>();
        Matcher m = token.matcher(html);
        int last = 0;
        while (true) {
            boolean found = m.find();
            int textEnd = found ? m.start() : html.length();
            String text = html.substring(last, textEnd).replaceAll("&[#\\w]+;", " ").strip();
            boolean inReplaced = open.stream().anyMatch(o -> o.replaced() || o.raw());
            if (!text.isEmpty() && !inReplaced && !ALLOWED_TEXT.contains(text) && text.codePoints().anyMatch(Character::isLetter)) {
                findings.add(name + ":" + line(html, last + leadingSpace(html, last, textEnd)) + " text \""
                        + text.replaceAll("\\s+", " ") + "\"");
            }
            if (!found) {
                break;
            }
            last = m.end();
            if (m.group(1) != null) {
                String closing = m.group(1).toLowerCase();
                if (open.stream().anyMatch(o -> o.name().equals(closing))) {
                    while (!open.pop().name().equals(closing)) {
                        // pop elements closed implicitly
                    }
                }
            } else if (m.group(2) != null) {
                String element = m.group(2).toLowerCase();
                Map<String, String> attributes = new TreeMap<>();
                Matcher a = attribute.matcher(m.group(3));
                while (a.find()) {
                    String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                    attributes.put(a.group(1).toLowerCase(), value == null ? "" : value);
                }
                for (String visible : VISIBLE_ATTRIBUTES) {
                    String value = attributes.get(visible);
                    boolean processed = attributes.containsKey("th:" + visible)
                            || attributes.getOrDefault("th:attr", "").contains(visible + "=");
                    if (value != null && !processed && value.codePoints().anyMatch(Character::isLetter)) {
                        findings.add(name + ":" + line(html, m.start()) + " attribute " + visible + "=\"" + value
                                + "\"");
                    }
                }
                boolean selfClosing = !m.group(4).isEmpty() || VOID_ELEMENTS.contains(element);
                if (!selfClosing) {
                    boolean replaced = attributes.keySet().stream().anyMatch(CONTENT_REPLACING::contains);
                    boolean raw = element.equals("script") || element.equals("style");
                    open.push(new Open(element, replaced, raw));
                }
            }
        }
        return findings;
    }

    private static Set<String> placeholders(String message) {
        Set<String> indices = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            indices.add(matcher.group(1));
        }
        return indices;
    }

    private static int leadingSpace(String html, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(html.charAt(i))) {
            i++;
        }
        return i - from;
    }

    private static int line(String html, int offset) {
        return (int) html.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> templates() throws IOException {
        assertThat(TEMPLATES).as("run from the project directory").isDirectory();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> templates = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
            assertThat(templates).isNotEmpty();
            return templates;
        }
    }

    private static String name(Path template) {
        return TEMPLATES.relativize(template).toString().replace('\\', '/');
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.forEach((key, value) -> messages.put((String) key, (String) value));
        assertThat(messages).as(file + " is not empty").isNotEmpty();
        return messages;
    }
}
