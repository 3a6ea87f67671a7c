package de.kiregister.classification.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import de.kiregister.classification.AnnexIIIArea;
import de.kiregister.classification.AnnexIIIPoint;
import de.kiregister.classification.AnswerType;
import de.kiregister.classification.Catalogue;
import de.kiregister.classification.Facts;
import de.kiregister.classification.LocalizedText;
import de.kiregister.classification.Obligation;
import de.kiregister.classification.ObligationRule;
import de.kiregister.classification.Question;
import de.kiregister.classification.QuestionGroup;
import de.kiregister.classification.QuestionIds;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a rule catalogue from YAML (format described at the top of {@code classification/catalogue.yaml}) and
 * checks it: required fields and types, unique ids, every referenced question, Annex III point and fact exists,
 * the structural questions of {@link QuestionIds} are present with their answer types. All problems are collected
 * and reported together in one {@link InvalidCatalogueException}. Pure: no Spring, no state.
 */
public final class CatalogueLoader {

    private static final Pattern QUESTION_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*");
    private static final Pattern ANNEX_III_CODE = Pattern.compile("([1-9])([a-z]?)");
    private static final String ANY_CHOICE = "*";

    private CatalogueLoader() {
    }

    /**
     * @param source names the catalogue in error messages (file or classpath location)
     * @throws InvalidCatalogueException with every problem found
     */
    public static Catalogue load(InputStream yaml, String source) {
        Object document;
        try (Reader reader = new InputStreamReader(yaml, StandardCharsets.UTF_8)) {
            // SafeConstructor: plain maps, lists and scalars only, no arbitrary Java types from the file.
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
        } catch (YAMLException | IOException e) {
            throw new InvalidCatalogueException(source, List.of("kein lesbares YAML: " + e.getMessage()));
        }
        Parser parser = new Parser();
        Catalogue catalogue = parser.catalogue(document);
        if (parser.problems.isEmpty()) {
            // Cross-references are only meaningful once every entry could be read.
            parser.problems.addAll(crossCheck(catalogue));
        }
        if (!parser.problems.isEmpty()) {
            throw new InvalidCatalogueException(source, parser.problems);
        }
        return catalogue;
    }

    /** Reads the YAML tree into records; a missing or mistyped value becomes a problem and a neutral default. */
    private static final class Parser {

        private final List<String> problems = new ArrayList<>();

        Catalogue catalogue(@Nullable Object document) {
            Map<String, Object> root = map(document, "Katalog");
            knownKeys(root, "Katalog", "version", "legalBasis", "questions", "annexIII", "obligations");
            String version = text(root, "version", "Katalog");
            String legalBasis = text(root, "legalBasis", "Katalog");
            List<Question> questions = new ArrayList<>();
            List<Object> questionNodes = list(root.get("questions"), "questions");
            for (int i = 0; i < questionNodes.size(); i++) {
                questions.add(question(questionNodes.get(i), "questions[" + i + "]"));
            }
            List<AnnexIIIArea> areas = new ArrayList<>();
            List<Object> areaNodes = list(root.get("annexIII"), "annexIII");
            for (int i = 0; i < areaNodes.size(); i++) {
                areas.add(area(areaNodes.get(i), "annexIII[" + i + "]"));
            }
            List<Obligation> obligations = new ArrayList<>();
            List<Object> obligationNodes = list(root.get("obligations"), "obligations");
            for (int i = 0; i < obligationNodes.size(); i++) {
                obligations.add(obligation(obligationNodes.get(i), "obligations[" + i + "]"));
            }
            return new Catalogue(version, legalBasis, questions, areas, obligations);
        }

        private Question question(@Nullable Object node, String at) {
            Map<String, Object> q = map(node, at);
            String id = text(q, "id", at);
            String path = id.isEmpty() ? at : "Frage " + id;
            knownKeys(q, path, "id", "group", "type", "text", "reference", "explanation", "verify", "choices",
                    "practice", "exception", "effects");
            QuestionGroup group = enumValue(QuestionGroup.class, q, "group", path, QuestionGroup.ROLE);
            AnswerType type = enumValue(AnswerType.class, q, "type", path, AnswerType.BOOLEAN);
            Map<String, Object> textNode = map(q.get("text"), path + ".text");
            LocalizedText text = new LocalizedText(text(textNode, "de", path + ".text"),
                    text(textNode, "en", path + ".text"));
            List<String> choices = q.containsKey("choices") ? scalars(q.get("choices"), path + ".choices") : List.of();
            Map<String, String> effects = new LinkedHashMap<>();
            map(q.get("effects"), path + ".effects").forEach((answer, effect) -> {
                if (effect instanceof String s && !s.isBlank()) {
                    effects.put(answer, s);
                } else {
                    problems.add(path + ".effects." + answer + ": Text fehlt");
                }
            });
            return new Question(id, group, type, text, text(q, "reference", path), text(q, "explanation", path),
                    flag(q, "verify", path), choices, optionalText(q, "practice", path),
                    optionalText(q, "exception", path), effects);
        }

        private AnnexIIIArea area(@Nullable Object node, String at) {
            Map<String, Object> a = map(node, at);
            knownKeys(a, at, "area", "title", "points");
            int number = a.get("area") instanceof Integer n ? n : 0;
            if (number < 1) {
                problems.add(at + ".area: positive Zahl erwartet");
            }
            String path = "Anhang III Bereich " + number;
            List<AnnexIIIPoint> points = new ArrayList<>();
            List<Object> pointNodes = list(a.get("points"), path + ".points");
            for (int i = 0; i < pointNodes.size(); i++) {
                Map<String, Object> p = map(pointNodes.get(i), path + ".points[" + i + "]");
                knownKeys(p, path + ".points[" + i + "]", "code", "label");
                String code = scalar(p.get("code"));
                Matcher m = ANNEX_III_CODE.matcher(code);
                String reference = "";
                if (!m.matches() || Integer.parseInt(m.group(1)) != number) {
                    problems.add(path + ": Punkt \"" + code + "\" muss mit der Bereichsnummer " + number
                            + " beginnen, gefolgt von höchstens einem Kleinbuchstaben (z. B. " + number + "a)");
                } else {
                    // Derived, so code and reference can never disagree: 5a -> Annex III 5(a), 2 -> Annex III 2.
                    reference = "Annex III " + m.group(1) + (m.group(2).isEmpty() ? "" : "(" + m.group(2) + ")");
                }
                points.add(new AnnexIIIPoint(code, number, text(p, "label", path + " Punkt " + code), reference));
            }
            return new AnnexIIIArea(number, text(a, "title", path), points);
        }

        private Obligation obligation(@Nullable Object node, String at) {
            Map<String, Object> o = map(node, at);
            String code = text(o, "code", at);
            String path = code.isEmpty() ? at : "Pflicht " + code;
            knownKeys(o, path, "code", "article", "title", "verify", "rules");
            List<ObligationRule> rules = new ArrayList<>();
            List<Object> ruleNodes = list(o.get("rules"), path + ".rules");
            for (int i = 0; i < ruleNodes.size(); i++) {
                String rulePath = path + ".rules[" + i + "]";
                Map<String, Object> r = map(ruleNodes.get(i), rulePath);
                knownKeys(r, rulePath, "all", "any", "none", "applicableFrom", "verify");
                rules.add(new ObligationRule(facts(r, "all", rulePath), facts(r, "any", rulePath),
                        facts(r, "none", rulePath), date(r, "applicableFrom", rulePath), flag(r, "verify", rulePath)));
            }
            return new Obligation(code, text(o, "article", path), text(o, "title", path), flag(o, "verify", path),
                    rules);
        }

        private Set<String> facts(Map<String, Object> node, String key, String path) {
            return node.containsKey(key) ? new LinkedHashSet<>(scalars(node.get(key), path + "." + key)) : Set.of();
        }

        private Map<String, Object> map(@Nullable Object node, String path) {
            if (node instanceof Map<?, ?> raw) {
                // Unquoted YAML keys like true/false arrive as Booleans; the catalogue addresses them as text.
                Map<String, Object> result = new LinkedHashMap<>();
                raw.forEach((k, v) -> result.put(String.valueOf(k), v));
                return result;
            }
            problems.add(path + ": Objekt erwartet");
            return Map.of();
        }

        private List<Object> list(@Nullable Object node, String path) {
            if (node instanceof List<?> raw && !raw.isEmpty()) {
                return new ArrayList<>(raw);
            }
            problems.add(path + ": nicht leere Liste erwartet");
            return List.of();
        }

        private List<String> scalars(@Nullable Object node, String path) {
            List<String> values = new ArrayList<>();
            for (Object element : list(node, path)) {
                String value = scalar(element);
                if (value.isEmpty()) {
                    problems.add(path + ": leerer Eintrag");
                } else {
                    values.add(value);
                }
            }
            return values;
        }

        /** Text of a string or number (YAML reads an unquoted {@code 2} as a number). */
        private static String scalar(@Nullable Object value) {
            return value instanceof String || value instanceof Number ? String.valueOf(value).trim() : "";
        }

        private String text(Map<String, Object> node, String key, String path) {
            Object value = node.get(key);
            if (value instanceof String s && !s.isBlank()) {
                return s.trim();
            }
            // A version like 2026.1 without quotes would be read as a number and 2026.10 would silently become 2026.1.
            problems.add(path + "." + key + (value == null ? ": fehlt" : ": Text erwartet (in Anführungszeichen setzen)"));
            return "";
        }

        private @Nullable String optionalText(Map<String, Object> node, String key, String path) {
            return node.containsKey(key) ? text(node, key, path) : null;
        }

        private boolean flag(Map<String, Object> node, String key, String path) {
            Object value = node.get(key);
            if (value == null) {
                return false;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            problems.add(path + "." + key + ": true oder false erwartet");
            return false;
        }

        private LocalDate date(Map<String, Object> node, String key, String path) {
            Object value = node.get(key);
            // SnakeYAML turns an unquoted 2027-12-02 into a java.util.Date at midnight UTC.
            if (value instanceof Date d) {
                return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
            }
            if (value instanceof String s) {
                try {
                    return LocalDate.parse(s.trim());
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            problems.add(path + "." + key + ": Datum im Format JJJJ-MM-TT erwartet");
            return LocalDate.MIN;
        }

        private <E extends Enum<E>> E enumValue(Class<E> type, Map<String, Object> node, String key, String path,
                E fallback) {
            String value = text(node, key, path);
            if (value.isEmpty()) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, value.replace('-', '_').toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(path + "." + key + ": \"" + value + "\" unbekannt, erlaubt: "
                        + Arrays.stream(type.getEnumConstants())
                                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                                .collect(Collectors.joining(", ")));
                return fallback;
            }
        }

        private void knownKeys(Map<String, Object> node, String path, String... allowed) {
            Set<String> unknown = new LinkedHashSet<>(node.keySet());
            unknown.removeAll(Set.of(allowed));
            if (!unknown.isEmpty()) {
                // A typo such as "applicablefrom" must not silently drop a date or a condition.
                problems.add(path + ": unbekannte Felder " + unknown + ", erlaubt: " + String.join(", ", allowed));
            }
        }
    }

    /** Checks the references between entries of a fully read catalogue. */
    private static List<String> crossCheck(Catalogue catalogue) {
        List<String> problems = new ArrayList<>();
        Map<String, Question> byId = new HashMap<>();
        for (Question q : catalogue.questions()) {
            if (!QUESTION_ID.matcher(q.id()).matches()) {
                problems.add("Frage \"" + q.id() + "\": ungültige ID (Buchstaben, Ziffern, Bindestriche)");
            }
            if (byId.putIfAbsent(q.id(), q) != null) {
                problems.add("Frage " + q.id() + ": ID mehrfach vergeben");
            }
        }
        QuestionIds.STRUCTURAL.forEach((id, type) -> {
            Question q = byId.get(id);
            if (q == null) {
                problems.add("Frage " + id + " fehlt (die Auswertung braucht sie)");
            } else if (q.type() != type) {
                problems.add("Frage " + id + ": Antworttyp " + type + " erwartet, ist " + q.type());
            }
        });

        Map<String, String> exceptionOwners = new HashMap<>();
        Set<String> practices = new HashSet<>();
        for (Question q : catalogue.questions()) {
            checkChoicesAndEffects(q, problems);
            if (q.practice() != null) {
                if (q.group() != QuestionGroup.PROHIBITED_PRACTICE) {
                    problems.add("Frage " + q.id() + ": practice nur in der Gruppe prohibited-practice");
                }
                if (!practices.add(q.practice())) {
                    problems.add("Frage " + q.id() + ": Praxis " + q.practice() + " mehrfach vergeben");
                }
            }
            String exception = q.exception();
            if (exception != null) {
                Question target = byId.get(exception);
                if (target == null) {
                    problems.add("Frage " + q.id() + ": Ausnahmefrage " + exception + " existiert nicht");
                } else if (target == q || target.type() != AnswerType.BOOLEAN || target.group() != q.group()
                        || catalogue.indexOf(exception) < catalogue.indexOf(q.id())) {
                    problems.add("Frage " + q.id() + ": Ausnahmefrage " + exception
                            + " muss eine andere Ja/Nein-Frage derselben Gruppe sein und danach kommen");
                }
                String previous = exceptionOwners.putIfAbsent(exception, q.id());
                if (previous != null) {
                    problems.add("Frage " + exception + " ist Ausnahme zu " + previous + " und " + q.id());
                }
            }
        }
        for (Question q : catalogue.questions()) {
            boolean isException = exceptionOwners.containsKey(q.id());
            if (isException && (q.practice() != null || q.exception() != null)) {
                problems.add("Frage " + q.id() + ": eine Ausnahmefrage darf weder practice noch exception haben");
            }
            // The evaluation finds Art. 5 and Art. 50 questions by their group: each must be a practice/duty or
            // the exception of one, otherwise it would be asked for nothing.
            if (q.group() == QuestionGroup.PROHIBITED_PRACTICE && q.practice() == null && !isException) {
                problems.add("Frage " + q.id() + ": in prohibited-practice braucht sie practice oder muss Ausnahmefrage sein");
            }
            if ((q.group() == QuestionGroup.PROHIBITED_PRACTICE || q.group() == QuestionGroup.TRANSPARENCY)
                    && q.type() != AnswerType.BOOLEAN) {
                problems.add("Frage " + q.id() + ": Fragen zu Art. 5 und Art. 50 sind Ja/Nein-Fragen");
            }
            if (q.group() != QuestionGroup.PROHIBITED_PRACTICE && q.group() != QuestionGroup.TRANSPARENCY
                    && q.exception() != null) {
                problems.add("Frage " + q.id() + ": exception nur bei Art. 5 und Art. 50");
            }
        }

        Set<String> points = new LinkedHashSet<>();
        Set<Integer> areas = new HashSet<>();
        for (AnnexIIIArea area : catalogue.annexIII()) {
            if (!areas.add(area.number())) {
                problems.add("Anhang III Bereich " + area.number() + " mehrfach vorhanden");
            }
            for (AnnexIIIPoint point : area.points()) {
                if (!points.add(point.code())) {
                    problems.add("Anhang III Punkt " + point.code() + " mehrfach vorhanden");
                }
            }
        }
        Question purpose = byId.get(QuestionIds.H3);
        if (purpose != null) {
            Set<String> expected = new LinkedHashSet<>(points);
            expected.add(Question.NONE);
            if (!expected.equals(new LinkedHashSet<>(purpose.choices()))) {
                problems.add("Frage H3: Auswahl muss genau die Anhang-III-Punkte und \"none\" enthalten, erwartet "
                        + expected);
            }
        }

        Set<String> knownFacts = new HashSet<>(Facts.FIXED);
        practices.forEach(p -> knownFacts.add(Facts.PRACTICE_PREFIX + p));
        points.forEach(p -> knownFacts.add(Facts.ANNEX_III_PREFIX + p));
        catalogue.questions().stream()
                .filter(q -> q.group() == QuestionGroup.TRANSPARENCY && !exceptionOwners.containsKey(q.id()))
                .forEach(q -> knownFacts.add(Facts.TRANSPARENCY_PREFIX + q.id()));
        Set<String> codes = new HashSet<>();
        for (Obligation o : catalogue.obligations()) {
            if (!codes.add(o.code())) {
                problems.add("Pflicht " + o.code() + ": Code mehrfach vergeben");
            }
            for (ObligationRule rule : o.rules()) {
                if (rule.all().isEmpty() && rule.any().isEmpty()) {
                    // A rule without a positive condition would oblige every system, including non-AI ones.
                    problems.add("Pflicht " + o.code() + ": jede Regel braucht all oder any");
                }
                Set<String> unknown = new LinkedHashSet<>();
                for (Set<String> facts : List.of(rule.all(), rule.any(), rule.none())) {
                    facts.stream().filter(f -> !knownFacts.contains(f)).forEach(unknown::add);
                }
                if (!unknown.isEmpty()) {
                    problems.add("Pflicht " + o.code() + ": unbekannte Tatsachen " + unknown);
                }
            }
        }
        return problems;
    }

    private static void checkChoicesAndEffects(Question q, List<String> problems) {
        Set<String> answers = switch (q.type()) {
            case BOOLEAN -> Set.of("true", "false");
            case BOOLEAN_OR_UNSURE -> Set.of("true", "false", Question.UNSURE);
            case CHOICE -> new LinkedHashSet<>(q.choices());
        };
        if (q.type() == AnswerType.CHOICE) {
            if (q.choices().isEmpty()) {
                problems.add("Frage " + q.id() + ": Auswahlfrage ohne choices");
            } else if (answers.size() != q.choices().size()) {
                problems.add("Frage " + q.id() + ": Auswahlwerte mehrfach vorhanden");
            }
        } else if (!q.choices().isEmpty()) {
            problems.add("Frage " + q.id() + ": choices nur bei type choice");
        }
        Set<String> allowedKeys = new HashSet<>(answers);
        if (q.type() == AnswerType.CHOICE) {
            allowedKeys.add(ANY_CHOICE);
        }
        Set<String> unknownKeys = new LinkedHashSet<>(q.effects().keySet());
        unknownKeys.removeAll(allowedKeys);
        if (!unknownKeys.isEmpty()) {
            problems.add("Frage " + q.id() + ": Wirkung für unbekannte Antworten " + unknownKeys);
        }
        List<String> withoutEffect = answers.stream()
                .filter(a -> !q.effects().containsKey(a) && !q.effects().containsKey(ANY_CHOICE))
                .toList();
        if (!withoutEffect.isEmpty()) {
            problems.add("Frage " + q.id() + ": Wirkung fehlt für Antworten " + withoutEffect);
        }
    }
}
