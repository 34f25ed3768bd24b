package ru.vprsvod.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import ru.vprsvod.workbook.Texts;

/**
 * The reference data the department maintains: schools, works with their scales and tasks, requisites, the
 * thresholds of the objectivity checks and, optionally, the federal list of earlier years and the registration
 * details (date, number, signer) of the documents.
 */
public final class Reference {

    private final List<School> schools;
    private final Map<String, School> schoolsByKey = new HashMap<>();
    private final Map<Work, WorkSpec> specs = new TreeMap<>();
    private final Requisites requisites;
    private final Subjects subjects;
    private final Rules rules;
    private final FederalList federalList;
    private final Registrations registrations;
    /** From the optional «Сроки» sheet; set by {@link #withExtraDeadlines}. */
    private List<ExtraDeadline> extraDeadlines = List.of();
    /** From the optional «Эксперты» sheet; set by {@link #withExperts}. */
    private List<Expert> experts = List.of();
    /** From the optional «Наблюдатели» sheet; set by {@link #withObservers}. */
    private List<ObserverEntry> observers = List.of();

    public Reference(List<School> schools, Collection<WorkSpec> specs, Requisites requisites) {
        this(schools, specs, requisites, Rules.defaults(), FederalList.empty());
    }

    public Reference(List<School> schools, Collection<WorkSpec> specs, Requisites requisites, Rules rules,
                     FederalList federalList) {
        this(schools, specs, requisites, rules, federalList, Registrations.empty());
    }

    public Reference(List<School> schools, Collection<WorkSpec> specs, Requisites requisites, Rules rules,
                     FederalList federalList, Registrations registrations) {
        this.registrations = java.util.Objects.requireNonNull(registrations, "registrations");
        this.schools = List.copyOf(schools);
        for (School s : this.schools) {
            schoolsByKey.putIfAbsent(Texts.normalize(s.login()), s);
        }
        // Department codes and names only where they do not shadow a login.
        for (School s : this.schools) {
            if (!s.code().isEmpty()) {
                schoolsByKey.putIfAbsent(Texts.normalize(s.code()), s);
            }
        }
        for (School s : this.schools) {
            schoolsByKey.putIfAbsent(Texts.normalize(s.shortName()), s);
        }
        for (WorkSpec spec : specs) {
            this.specs.put(spec.work(), spec);
        }
        this.requisites = requisites;
        this.subjects = new Subjects(specs.stream().map(s -> s.work().subject()).toList());
        this.rules = java.util.Objects.requireNonNull(rules, "rules");
        this.federalList = java.util.Objects.requireNonNull(federalList, "federalList");
    }

    public List<School> schools() {
        return schools;
    }

    /** The school a text names: its FIS OKO login, the department's code or its short name (any case). */
    public Optional<School> school(String loginCodeOrName) {
        return Optional.ofNullable(schoolsByKey.get(Texts.normalize(loginCodeOrName)));
    }

    public Optional<WorkSpec> spec(Work work) {
        return Optional.ofNullable(specs.get(work));
    }

    /** All works of a year in the reference, ordered by grade then subject. */
    public List<WorkSpec> specs(int year) {
        return specs.values().stream().filter(s -> s.work().year() == year).toList();
    }

    public Collection<WorkSpec> specs() {
        return specs.values();
    }

    /** The reference's spelling of a subject written in any common way, if the reference has the subject. */
    public Optional<String> subject(String written) {
        return subjects.resolve(written);
    }

    public Collection<String> subjectNames() {
        return subjects.names();
    }

    public Requisites requisites() {
        return requisites;
    }

    /** The thresholds and weights of the objectivity checks («Правила» sheet, defaults elsewhere). */
    public Rules rules() {
        return rules;
    }

    /** The federal list as given on the reference's optional «Федеральный список» sheet (imports are stored apart). */
    public FederalList federalList() {
        return federalList;
    }

    /** Dates, numbers and signers of the department's documents (the optional «Документы» sheet). */
    public Registrations registrations() {
        return registrations;
    }

    public int campaignYear() {
        return requisites.campaignYear();
    }

    /** The same reference with the coordinator's own deadlines (the «Сроки» sheet). */
    public Reference withExtraDeadlines(List<ExtraDeadline> deadlines) {
        Reference copy = new Reference(schools, specs.values(), requisites, rules, federalList, registrations);
        copy.extraDeadlines = List.copyOf(deadlines);
        copy.experts = experts;
        copy.observers = observers;
        return copy;
    }

    /** The same reference with the bank of experts for the re-check commissions (the «Эксперты» sheet). */
    public Reference withExperts(List<Expert> experts) {
        Reference copy = withExtraDeadlines(extraDeadlines);
        copy.experts = List.copyOf(experts);
        return copy;
    }

    /** The same reference with the bank of public observers (the «Наблюдатели» sheet). */
    public Reference withObservers(List<ObserverEntry> observers) {
        Reference copy = withExtraDeadlines(extraDeadlines);
        copy.observers = List.copyOf(observers);
        return copy;
    }

    /** The public observers of the «Наблюдатели» sheet as read (whom they may observe is decided apart); empty without it. */
    public List<ObserverEntry> observers() {
        return observers;
    }

    /** The experts of the «Эксперты» sheet as written (eligibility is decided by the commission); empty without it. */
    public List<Expert> experts() {
        return experts;
    }

    /** The deadlines the coordinator added on the «Сроки» sheet, as written. */
    public List<ExtraDeadline> extraDeadlines() {
        return extraDeadlines;
    }
}
