package de.kiregister.register.domain;

import static de.kiregister.register.AffectedGroup.BUSINESSES;
import static de.kiregister.register.AffectedGroup.CITIZENS;
import static de.kiregister.register.AffectedGroup.EMPLOYEES;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.kiregister.identity.CurrentUser;
import de.kiregister.identity.Role;
import de.kiregister.register.AffectedGroup;
import de.kiregister.register.AutomationLevel;
import de.kiregister.register.Category;
import de.kiregister.register.Horizon;
import de.kiregister.register.Hosting;
import de.kiregister.register.PersonalData;
import de.kiregister.register.StrategicGoal;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A living register for newcomers: Fachämter and about twenty use cases drawn from the city's own documents
 * (AI strategy, council answer 192/2023, digital strategy), spread over phases, goals and horizons. Loaded once,
 * as KI-Hub user {@code kihub}, through the same service as the browser, so history and rules apply.
 */
@Component
@Order(20)
@ConditionalOnBooleanProperty("kiregister.demo.enabled")
class RegisterDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RegisterDemoData.class);

    private final UseCaseRepository useCaseRepository;
    private final UseCaseService useCases;
    private final DepartmentService departments;
    /** Release steps (pilot, production, retirement) per reference, waiting for the assessments. */
    private final Map<String, List<PhaseAction>> pendingReleases = new LinkedHashMap<>();

    RegisterDemoData(UseCaseRepository useCaseRepository, UseCaseService useCases, DepartmentService departments) {
        this.useCaseRepository = useCaseRepository;
        this.useCases = useCases;
        this.departments = departments;
    }

    private record Demo(String department, String title, String summary, String purpose, String benefit,
            StrategicGoal goal, Category category, Horizon horizon, @Nullable String vendor, Hosting hosting,
            @Nullable String model, PersonalData personalData, Set<AffectedGroup> affected,
            AutomationLevel automation, String oversight, int hoursSaved, int yearlyCost, String owner,
            List<PhaseAction> path) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (useCaseRepository.count() > 0) {
            return;
        }
        Map<String, Department> byCode = new HashMap<>();
        for (String[] d : DEPARTMENTS) {
            byCode.put(d[0], departments.createIfMissing(d[0], d[1]));
        }
        CurrentUser.runAs("kihub", Role.KI_HUB, () -> {
            for (Demo demo : demos()) {
                UseCaseDetails details = new UseCaseDetails(demo.title(), demo.summary(), demo.purpose(),
                        demo.benefit(), demo.goal(), demo.category(), demo.horizon(), demo.vendor(), null,
                        demo.hosting(), demo.model(), demo.model() == null ? null : provider(demo.model()),
                        demo.personalData(), demo.affected(), demo.automation(), demo.oversight(), null, null,
                        BigDecimal.valueOf(demo.yearlyCost()), demo.hoursSaved() / 200, demo.hoursSaved());
                UseCase useCase = useCases.register(details, byCode.get(demo.department()).id(), demo.owner());
                // Pilot and production need a current assessment (rule 1): those steps wait until the
                // classification demo data has assessed the use case (see completeLifecycles).
                List<PhaseAction> path = demo.path();
                int release = releaseStep(path);
                path.subList(0, release).forEach(action -> move(useCase.reference(), action));
                if (release < path.size()) {
                    pendingReleases.put(useCase.reference(), path.subList(release, path.size()));
                }
            }
        });
        log.info("Demo-Register mit {} Anwendungsfällen angelegt", useCaseRepository.count());
    }

    /**
     * Takes the demo use cases the rest of the way to pilot, production or retirement, once their assessments
     * exist. Called by {@link DemoLifecycleCompletion} after the other modules' demo data.
     */
    void completeLifecycles() {
        if (pendingReleases.isEmpty()) {
            return;
        }
        CurrentUser.runAs("kihub", Role.KI_HUB,
                () -> pendingReleases.forEach((reference, actions) -> actions.forEach(a -> move(reference, a))));
        pendingReleases.clear();
    }

    private void move(String reference, PhaseAction action) {
        useCases.changePhase(reference, action, action.needsReason() ? reason(action) : "");
    }

    private static int releaseStep(List<PhaseAction> path) {
        int index = path.indexOf(PhaseAction.START_PILOT);
        if (index < 0) {
            index = path.indexOf(PhaseAction.GO_LIVE);
        }
        return index < 0 ? path.size() : index;
    }

    private static String provider(String model) {
        return model.startsWith("GPT") ? "OpenAI (über Azure OpenAI, EU-Region)"
                : model.startsWith("Llama") ? "Meta (selbst betrieben)" : "Mistral AI";
    }

    private static String reason(PhaseAction action) {
        return switch (action) {
            case DEFER -> "Zurückgestellt bis zur Klärung der Finanzierung im Doppelhaushalt.";
            case REJECT -> "Abgelehnt: automatisierte Vorauswahl von Bewerbungen widerspricht der KI-Strategie.";
            case RETIRE -> "Außer Betrieb genommen nach Ende der Corona-Hotline.";
            default -> "";
        };
    }

    private static final String[][] DEPARTMENTS = {
            {"10", "Haupt- und Personalamt"},
            {"12", "Statistisches Amt"},
            {"13", "Abteilung Kommunikation"},
            {"17", "Amt für Digitalisierung, Organisation und IT (DO.IT)"},
            {"20", "Stadtkämmerei"},
            {"32", "Amt für öffentliche Ordnung"},
            {"36", "Amt für Umweltschutz"},
            {"50", "Sozialamt"},
            {"51", "Jugendamt"},
            {"61", "Amt für Stadtplanung und Wohnen"},
            {"66", "Tiefbauamt"},
            {"IP", "Abteilung Integrationspolitik"}};

    private static final List<PhaseAction> IDEA = List.of();
    private static final List<PhaseAction> FEASIBILITY = List.of(PhaseAction.START_FEASIBILITY);
    private static final List<PhaseAction> DIALOGUE = List.of(PhaseAction.START_FEASIBILITY,
            PhaseAction.START_DIALOGUE);
    private static final List<PhaseAction> PILOT = List.of(PhaseAction.START_FEASIBILITY,
            PhaseAction.START_DIALOGUE, PhaseAction.START_PILOT);
    private static final List<PhaseAction> PRODUCTION = List.of(PhaseAction.START_FEASIBILITY,
            PhaseAction.START_DIALOGUE, PhaseAction.START_PILOT, PhaseAction.GO_LIVE);

    private static List<Demo> demos() {
        return List.of(
                new Demo("13", "KI-Chatbot auf stuttgart.de",
                        "Ein Chatbot beantwortet rund um die Uhr Fragen zu Leistungen, Öffnungszeiten und Terminen.",
                        "Bürgerinnen und Bürger finden schneller die richtige Leistung und den richtigen Ansprechpartner; "
                                + "die Antworten stammen ausschließlich aus redaktionell gepflegten Seiten.",
                        "Entlastung des Bürgertelefons bei Standardfragen",
                        StrategicGoal.CITIZEN_SERVICES, Category.CHATBOT, Horizon.SHORT_TERM, "Aaron.ai",
                        Hosting.EU_CLOUD, "GPT-4o", PersonalData.NONE, Set.of(CITIZENS), AutomationLevel.ASSISTIVE,
                        "Die Redaktion prüft Antwortvorlagen; bei Unsicherheit verweist der Bot an das Bürgertelefon.",
                        6000, 48000, "owner", PRODUCTION),
                new Demo("32", "Live-Call-Translator im Bürgerbüro",
                        "Simultane Übersetzung von Gesprächen am Schalter in über 30 Sprachen.",
                        "Verständigung mit Menschen ohne ausreichende Deutschkenntnisse ohne Wartezeit auf Dolmetscher.",
                        "Kürzere Vorsprachen, weniger Folgetermine",
                        StrategicGoal.CITIZEN_SERVICES, Category.TRANSLATION, Horizon.SHORT_TERM, "Lokaler Anbieter",
                        Hosting.EU_CLOUD, null, PersonalData.PERSONAL, Set.of(CITIZENS, EMPLOYEES),
                        AutomationLevel.ASSISTIVE,
                        "Die Sachbearbeitung führt das Gespräch; die Übersetzung wird beiden Seiten angezeigt.",
                        1500, 22000, "owner", PILOT),
                new Demo("20", "GovRadar: Analyse von Ausschreibungsunterlagen",
                        "KI fasst Leistungsverzeichnisse zusammen und schlägt Vergabekriterien vor.",
                        "Schnellere und vollständigere Vorbereitung von Vergabeverfahren.",
                        "Zeitersparnis bei der Erstellung von Vergabeunterlagen",
                        StrategicGoal.EFFICIENCY, Category.DOCUMENT_EXTRACTION, Horizon.SHORT_TERM, "GovRadar",
                        Hosting.EU_CLOUD, "Mistral Large", PersonalData.NONE, Set.of(EMPLOYEES, BUSINESSES),
                        AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT,
                        "Jeder Vorschlag wird von der Vergabestelle geprüft und übernommen oder verworfen.",
                        2500, 30000, "owner", PILOT),
                new Demo("17", "Code-Assistent für Entwicklerinnen und Entwickler",
                        "KI-gestützte Code-Vervollständigung und Erklärungen in der Entwicklungsumgebung.",
                        "Produktivität und Qualität der städtischen Softwareentwicklung steigern.",
                        "Schnellere Umsetzung von Fachverfahren",
                        StrategicGoal.EFFICIENCY, Category.CODE_ASSISTANT, Horizon.SHORT_TERM, "GitHub",
                        Hosting.NON_EU_CLOUD, "GPT-4o", PersonalData.NONE, Set.of(EMPLOYEES),
                        AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT,
                        "Vorschläge werden im Code-Review wie jeder andere Code geprüft.",
                        3000, 15000, "kihub", DIALOGUE),
                new Demo("10", "Automatisierte Protokollerstellung",
                        "Sitzungen werden transkribiert und ein Protokollentwurf wird erstellt.",
                        "Protokollführung entlasten und Ergebnisse schneller verteilen.",
                        "Weniger Nacharbeit nach Gremiensitzungen",
                        StrategicGoal.EFFICIENCY, Category.TRANSCRIPTION, Horizon.SHORT_TERM, null,
                        Hosting.OWN_DATA_CENTRE, "Llama 3.1 70B", PersonalData.PERSONAL, Set.of(EMPLOYEES),
                        AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT,
                        "Die Protokollführung korrigiert und gibt jeden Entwurf frei.",
                        4000, 12000, "owner", FEASIBILITY),
                new Demo("20", "Intelligente Rechnungserfassung",
                        "Eingangsrechnungen werden ausgelesen und als Buchungsvorschlag vorerfasst.",
                        "Manuelle Erfassung von Rechnungsdaten reduzieren.",
                        "Schnellere Zahlungsläufe, weniger Skontoverluste",
                        StrategicGoal.EFFICIENCY, Category.DOCUMENT_EXTRACTION, Horizon.SHORT_TERM, "SAP",
                        Hosting.MUNICIPAL_IT_PROVIDER, null, PersonalData.PERSONAL, Set.of(EMPLOYEES, BUSINESSES),
                        AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT,
                        "Die Buchhaltung bestätigt jeden Buchungsvorschlag.",
                        8000, 35000, "owner", PRODUCTION),
                new Demo("61", "Wohngeld-Assistent",
                        "KI prüft Wohngeldanträge auf Vollständigkeit und bereitet die Berechnung vor.",
                        "Bearbeitungszeiten der Wohngeldstelle verkürzen, ohne die Entscheidung aus der Hand zu geben.",
                        "Abbau von Rückständen in der Wohngeldstelle",
                        StrategicGoal.EFFICIENCY, Category.DOCUMENT_EXTRACTION, Horizon.MID_TERM, null,
                        Hosting.MUNICIPAL_IT_PROVIDER, "GPT-4o", PersonalData.SPECIAL_CATEGORIES,
                        Set.of(CITIZENS, EMPLOYEES), AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT,
                        "Die Sachbearbeitung entscheidet über jeden Antrag; der Assistent markiert nur Lücken.",
                        7000, 60000, "owner", DIALOGUE),
                new Demo("51", "Prognose des Kita-Platzbedarfs",
                        "Prognosemodell für den Bedarf an Kita-Plätzen je Stadtbezirk.",
                        "Fundierte Planung von Kita-Neubauten und Personal.",
                        "Bessere Investitionsentscheidungen",
                        StrategicGoal.INFORMED_DECISIONS, Category.FORECASTING, Horizon.MID_TERM, null,
                        Hosting.OWN_DATA_CENTRE, null, PersonalData.NONE, Set.of(CITIZENS),
                        AutomationLevel.ASSISTIVE,
                        "Das Statistische Amt plausibilisiert jede Prognose vor der Veröffentlichung.",
                        500, 18000, "owner", FEASIBILITY),
                new Demo("13", "Gebärdensprach-Avatar",
                        "Ein Avatar übersetzt Texte der Website in Deutsche Gebärdensprache.",
                        "Barrierefreie Information für gehörlose Menschen.",
                        "Mehr Teilhabe, weniger Einzelübersetzungen",
                        StrategicGoal.CITIZEN_SERVICES, Category.TRANSLATION, Horizon.MID_TERM, null,
                        Hosting.EU_CLOUD, null, PersonalData.NONE, Set.of(CITIZENS), AutomationLevel.ASSISTIVE,
                        "Übersetzungen werden mit der Gehörlosengemeinschaft stichprobenartig geprüft.",
                        300, 20000, "kihub", IDEA),
                new Demo("13", "Maschinelle Übersetzung der Website",
                        "Die Inhalte von stuttgart.de werden in zehn Sprachen maschinell übersetzt.",
                        "Informationen der Stadt für alle Stuttgarterinnen und Stuttgarter verständlich machen.",
                        "Mehr erreichte Menschen ohne Übersetzungsbüro",
                        StrategicGoal.CITIZEN_SERVICES, Category.TRANSLATION, Horizon.SHORT_TERM, "DeepL",
                        Hosting.EU_CLOUD, null, PersonalData.NONE, Set.of(CITIZENS), AutomationLevel.ASSISTIVE,
                        "Die Redaktion kennzeichnet maschinelle Übersetzungen und prüft wichtige Seiten.",
                        1200, 9000, "owner", PRODUCTION),
                new Demo("IP", "Digitaler Assistent für Geflüchtete",
                        "Mehrsprachiger Assistent zu Ankunft, Anmeldung, Schule und Arbeit.",
                        "Orientierung für Geflüchtete in ihrer Sprache und Entlastung der Beratungsstellen.",
                        "Weniger Standardanfragen in den Beratungsstellen",
                        StrategicGoal.CITIZEN_SERVICES, Category.CHATBOT, Horizon.SHORT_TERM, null,
                        Hosting.EU_CLOUD, "Mistral Large", PersonalData.NONE, Set.of(CITIZENS),
                        AutomationLevel.ASSISTIVE,
                        "Antworten beruhen auf geprüften Inhalten; Beratung bleibt bei den Fachstellen.",
                        900, 14000, "owner", PILOT),
                new Demo("17", "KI-Assistent für Beschäftigte",
                        "Ein generativer Assistent hilft beim Formulieren, Zusammenfassen und Recherchieren.",
                        "Beschäftigte bei Routinetexten entlasten und KI-Kompetenz aufbauen.",
                        "Zeitersparnis bei Textarbeit in allen Ämtern",
                        StrategicGoal.SKILLS_AND_TRUST, Category.CHATBOT, Horizon.SHORT_TERM, null,
                        Hosting.OWN_DATA_CENTRE, "Llama 3.1 70B", PersonalData.PERSONAL, Set.of(EMPLOYEES),
                        AutomationLevel.ASSISTIVE,
                        "Nutzende prüfen jede Ausgabe; Schulung vor Freischaltung.",
                        20000, 80000, "kihub", PILOT),
                new Demo("66", "Verkehrsflussprognose",
                        "Prognose der Verkehrslage aus Zähldaten, Baustellen und Veranstaltungen.",
                        "Baustellenplanung und Verkehrslenkung auf belastbare Prognosen stützen.",
                        "Weniger Staus durch bessere Baustellenkoordination",
                        StrategicGoal.INFORMED_DECISIONS, Category.FORECASTING, Horizon.LONG_TERM, null,
                        Hosting.OWN_DATA_CENTRE, null, PersonalData.NONE, Set.of(CITIZENS, BUSINESSES),
                        AutomationLevel.ASSISTIVE,
                        "Die Verkehrsplanung bewertet jede Prognose; keine automatische Steuerung.",
                        400, 40000, "owner", IDEA),
                new Demo("66", "Schlaglocherkennung per Bildanalyse",
                        "Kameras an Kehrfahrzeugen erkennen Straßenschäden und melden sie.",
                        "Straßenschäden früher erkennen und Instandhaltung priorisieren.",
                        "Geringere Folgekosten durch frühe Reparatur",
                        StrategicGoal.EFFICIENCY, Category.IMAGE_VIDEO_ANALYSIS, Horizon.MID_TERM, null,
                        Hosting.EU_CLOUD, null, PersonalData.PERSONAL, Set.of(CITIZENS), AutomationLevel.ASSISTIVE,
                        "Personen und Kennzeichen werden vor der Speicherung unkenntlich gemacht; "
                                + "das Tiefbauamt prüft jede Meldung.",
                        1000, 25000, "owner", FEASIBILITY),
                new Demo("10", "Semantische Suche im Ratsinformationssystem",
                        "Semantische Suche über Vorlagen, Anträge und Protokolle des Gemeinderats.",
                        "Frühere Beschlüsse und Antworten schnell wiederfinden.",
                        "Schnellere Beantwortung von Anfragen aus dem Gemeinderat",
                        StrategicGoal.INFORMED_DECISIONS, Category.SEARCH, Horizon.MID_TERM, null,
                        Hosting.OWN_DATA_CENTRE, "Llama 3.1 70B", PersonalData.PERSONAL, Set.of(EMPLOYEES),
                        AutomationLevel.ASSISTIVE, "Treffer verweisen immer auf die Originaldokumente.",
                        1500, 10000, "kihub", IDEA),
                new Demo("32", "Klassifikation des Posteingangs",
                        "Eingehende Schreiben werden dem zuständigen Sachgebiet vorgeschlagen.",
                        "Posteingang schneller verteilen.",
                        "Kürzere Durchlaufzeiten",
                        StrategicGoal.EFFICIENCY, Category.DOCUMENT_EXTRACTION, Horizon.MID_TERM, null,
                        Hosting.MUNICIPAL_IT_PROVIDER, null, PersonalData.PERSONAL, Set.of(CITIZENS, EMPLOYEES),
                        AutomationLevel.HUMAN_REVIEWS_EVERY_OUTPUT,
                        "Die Poststelle bestätigt jede Zuordnung.",
                        2000, 16000, "owner", List.of(PhaseAction.START_FEASIBILITY, PhaseAction.DEFER)),
                new Demo("10", "Lernbegleiter KI-Kompetenz",
                        "Ein KI-Tutor begleitet die Fortbildung aller Beschäftigten zum Umgang mit KI.",
                        "KI-Kompetenz nach Art. 4 KI-Verordnung in allen Hierarchieebenen aufbauen.",
                        "Flächendeckende Qualifizierung",
                        StrategicGoal.SKILLS_AND_TRUST, Category.CHATBOT, Horizon.SHORT_TERM, null,
                        Hosting.EU_CLOUD, "Mistral Large", PersonalData.PERSONAL, Set.of(EMPLOYEES),
                        AutomationLevel.ASSISTIVE, "Lernfortschritte werden nicht an Vorgesetzte gemeldet.",
                        0, 12000, "kihub", IDEA),
                new Demo("10", "Vorauswahl von Bewerbungen",
                        "Bewerbungsunterlagen sollten automatisch gegen Anforderungsprofile bewertet werden.",
                        "Personalgewinnung beschleunigen.",
                        "Kürzere Besetzungsverfahren",
                        StrategicGoal.EFFICIENCY, Category.DOCUMENT_EXTRACTION, Horizon.MID_TERM, null,
                        Hosting.EU_CLOUD, null, PersonalData.SPECIAL_CATEGORIES, Set.of(CITIZENS, EMPLOYEES),
                        AutomationLevel.FULLY_AUTOMATED, "Nicht vorgesehen.",
                        3000, 30000, "owner", List.of(PhaseAction.START_FEASIBILITY, PhaseAction.REJECT)),
                new Demo("36", "Analyse von Umwelt- und Lärmdaten",
                        "Auswertung von Sensordaten zu Luftqualität und Lärm in den Stadtbezirken.",
                        "Maßnahmen des Klimaschutzes und der Luftreinhaltung gezielt planen.",
                        "Wirksamere Umweltmaßnahmen",
                        StrategicGoal.INFORMED_DECISIONS, Category.FORECASTING, Horizon.LONG_TERM, null,
                        Hosting.OWN_DATA_CENTRE, null, PersonalData.NONE, Set.of(CITIZENS),
                        AutomationLevel.ASSISTIVE, "Fachliche Bewertung durch das Amt für Umweltschutz.",
                        600, 20000, "owner", FEASIBILITY),
                new Demo("50", "CovBot am Bürgertelefon",
                        "Sprach- und Chatbot beantwortete während der Pandemie Fragen zu Corona-Regeln.",
                        "Belastungsspitzen am Bürgertelefon abfangen.",
                        "Deutlich weniger Anrufe in Spitzenzeiten",
                        StrategicGoal.CITIZEN_SERVICES, Category.CHATBOT, Horizon.SHORT_TERM, "Aaron.ai",
                        Hosting.EU_CLOUD, null, PersonalData.NONE, Set.of(CITIZENS), AutomationLevel.ASSISTIVE,
                        "Weiterleitung an Mitarbeitende bei jeder nicht beantwortbaren Frage.",
                        5000, 0, "kihub", List.of(PhaseAction.START_FEASIBILITY, PhaseAction.START_DIALOGUE,
                                PhaseAction.START_PILOT, PhaseAction.GO_LIVE, PhaseAction.RETIRE)));
    }
}
