package ru.vprsvod.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ru.vprsvod.reference.Reference;
import ru.vprsvod.reference.School;
import ru.vprsvod.reference.Work;
import ru.vprsvod.submission.KeyValues.Key;
import ru.vprsvod.workbook.Problem;
import ru.vprsvod.workbook.Sheet;
import ru.vprsvod.workbook.Texts;

/**
 * Decides whose results a sheet holds and for which work. FIS OKO forms do not say it inside the table, so
 * it is taken, most specific first, from: a block above the table, the sheet's name, a metadata sheet
 * («Сведения»), the file name, the upload form; the year finally from the current campaign.
 */
final class Identity {

    record Resolved(School school, Work work) {
    }

    private static final List<String> METADATA_SHEETS = List.of("сведения", "метаданные", "паспорт", "титул",
            "информация", "общие сведения", "параметры");

    private static final Pattern GRADE = Pattern.compile("(\\d{1,2}).*");
    private static final Pattern YEAR = Pattern.compile(".*?(20\\d\\d)(?:\\s*[/-]\\s*(20\\d\\d))?.*");

    private final Reference reference;
    private final Sender sender;
    private final String file;
    private final Map<Key, Claim> metadataSheet;
    private final Map<Key, Claim> fileName;

    Identity(Reference reference, Sender sender, List<Sheet> sheets) {
        this.reference = reference;
        this.sender = sender;
        this.file = sender.originalName();
        this.metadataSheet = sheets.stream()
                .filter(s -> METADATA_SHEETS.contains(Texts.normalize(s.name())))
                .findFirst()
                .map(s -> KeyValues.scan(s, Integer.MAX_VALUE, Claim.Source.METADATA_SHEET))
                .orElse(Map.of());
        this.fileName = claims(NameTokens.parse(file, reference, true, true), Claim.Source.FILE_NAME, "");
    }

    /**
     * The sending school as far as it can be told without reading the tables: the sender's folder or sign-in,
     * the metadata sheet, or the file name. Used to deliver a receipt of a rejected file to the right school.
     */
    Optional<School> guess() {
        Optional<School> fromSender = Optional.ofNullable(sender.school()).flatMap(reference::school);
        if (fromSender.isPresent()) {
            return fromSender;
        }
        return java.util.stream.Stream.of(metadataSheet.get(Key.SCHOOL), fileName.get(Key.SCHOOL))
                .filter(java.util.Objects::nonNull)
                .map(c -> reference.school(c.value()))
                .flatMap(Optional::stream)
                .findFirst();
    }

    static boolean isMetadataSheet(Sheet sheet) {
        return METADATA_SHEETS.contains(Texts.normalize(sheet.name()));
    }

    /** The school and work of a protocol sheet whose header starts at {@code headerRow}, or the problems why not. */
    Optional<Resolved> resolve(Sheet sheet, int headerRow, ProblemLog log) {
        Map<Key, Claim> block = KeyValues.scan(sheet, headerRow, Claim.Source.SHEET_BLOCK);
        Map<Key, Claim> sheetName = claims(NameTokens.parse(sheet.name(), reference, false, false), Claim.Source.SHEET_NAME, sheet.name());
        // What the upload form says is the sender's own statement; a file name is a guess at the same thing
        // («результаты раунд 1.xlsx»), so the form outranks it.
        List<Map<Key, Claim>> sources = List.of(block, sheetName, metadataSheet, senderClaims(), fileName);

        Optional<School> school = school(List.of(block, sheetName, metadataSheet, fileName), sheet, log);
        Optional<String> subject = first(sources, Key.SUBJECT).flatMap(c -> subject(c, sheet, log));
        Optional<Integer> grade = first(sources, Key.GRADE).flatMap(c -> grade(c, sheet, log));
        Claim yearClaim = first(sources, Key.YEAR)
                .orElse(new Claim(String.valueOf(reference.campaignYear()), Claim.Source.CAMPAIGN, "", ""));
        Optional<Integer> year = year(yearClaim, sheet, log);

        if (first(sources, Key.SUBJECT).isEmpty()) {
            log.add(missing(sheet, "предмет: он не указан", "предмет в имени файла (например edu053001_Математика_5_2026.xlsx)"
                    + " или строка «Предмет» на листе «Сведения»"));
        }
        if (first(sources, Key.GRADE).isEmpty()) {
            log.add(missing(sheet, "класс (параллель): он не указан", "класс в имени файла (например"
                    + " edu053001_Математика_5_2026.xlsx) или строка «Класс» на листе «Сведения»"));
        }
        if (school.isEmpty() || subject.isEmpty() || grade.isEmpty() || year.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resolved(school.get(), new Work(year.get(), subject.get(), grade.get())));
    }

    /** @param sources what the file itself says (block, sheet name, metadata sheet, file name), most specific first */
    private Optional<School> school(List<Map<Key, Claim>> sources, Sheet sheet, ProblemLog log) {
        Optional<School> fromSender = Optional.ofNullable(sender.school()).flatMap(reference::school);
        Optional<Claim> inContent = sources.stream()
                .map(m -> m.get(Key.SCHOOL)).filter(c -> c != null && !c.value().isBlank()).findFirst();
        if (inContent.isPresent()) {
            Claim claim = inContent.get();
            Optional<School> named = reference.school(claim.value());
            if (named.isEmpty()) {
                log.add(at(claim, sheet, "школа «" + claim.value() + "» " + claim.where()
                        + " не найдена в справочнике управления образования", claim.value(),
                        "логин ФИС ОКО или код школы из справочника"));
                return Optional.empty();
            }
            if (sender.schoolIsAuthoritative() && fromSender.isPresent() && !fromSender.get().equals(named.get())) {
                log.add(at(claim, sheet, "файл прислан от имени школы " + fromSender.get().name() + " ("
                        + fromSender.get().login() + "), а " + claim.where() + " указана другая школа", claim.value(),
                        fromSender.get().login()));
                return Optional.empty();
            }
            return named;
        }
        if (fromSender.isPresent()) {
            return fromSender;
        }
        if (sender.school() != null) {
            log.add(Problem.error(file, "", "", "папка «" + sender.school() + "» не соответствует ни одной школе справочника,"
                    + " а в самом файле школа не указана", sender.school(), "логин ФИС ОКО в имени файла или папки"));
            return Optional.empty();
        }
        log.add(missing(sheet, "школу: она не указана", "логин ФИС ОКО в имени файла (например"
                + " edu053001_Математика_5_2026.xlsx) или строка «Логин ОО» на листе «Сведения»"));
        return Optional.empty();
    }

    private Optional<String> subject(Claim claim, Sheet sheet, ProblemLog log) {
        Optional<String> subject = reference.subject(claim.value());
        if (subject.isEmpty()) {
            log.add(at(claim, sheet, "предмет «" + claim.value() + "» " + claim.where() + " не найден в справочнике",
                    claim.value(), "один из предметов: " + String.join(", ", reference.subjectNames())));
        }
        return subject;
    }

    private Optional<Integer> grade(Claim claim, Sheet sheet, ProblemLog log) {
        Matcher m = GRADE.matcher(claim.value().strip());
        if (m.matches()) {
            int grade = Integer.parseInt(m.group(1));
            if (grade >= 1 && grade <= 11) {
                return Optional.of(grade);
            }
        }
        log.add(at(claim, sheet, "класс (параллель) " + claim.where() + " указан неверно", claim.value(), "число от 1 до 11"));
        return Optional.empty();
    }

    private Optional<Integer> year(Claim claim, Sheet sheet, ProblemLog log) {
        Matcher m = YEAR.matcher(claim.value());
        if (m.matches()) {
            // «2025/2026» is a school year; its VPR are written in the spring, i.e. in its second calendar year.
            return Optional.of(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(1)));
        }
        log.add(at(claim, sheet, "год " + claim.where() + " указан неверно", claim.value(), "год, например 2026"));
        return Optional.empty();
    }

    private Problem missing(Sheet sheet, String what, String hint) {
        return Problem.error(file, sheet.name(), "", "не удалось определить " + what + " ни на листе, ни на листе"
                + " «Сведения», ни в имени файла", "", hint);
    }

    private Problem at(Claim claim, Sheet sheet, String message, String found, String expected) {
        boolean inSheet = claim.source() == Claim.Source.SHEET_BLOCK || claim.source() == Claim.Source.METADATA_SHEET;
        return Problem.error(file, inSheet ? claim.sheet() : (claim.source() == Claim.Source.SHEET_NAME ? sheet.name() : ""),
                inSheet ? claim.cell() : "", message, found, expected);
    }

    private static Optional<Claim> first(List<Map<Key, Claim>> sources, Key key) {
        return sources.stream().map(m -> m.get(key)).filter(c -> c != null && !c.value().isBlank()).findFirst();
    }

    private Map<Key, Claim> senderClaims() {
        Map<Key, Claim> claims = new java.util.EnumMap<>(Key.class);
        if (sender.subject() != null) {
            claims.put(Key.SUBJECT, new Claim(sender.subject(), Claim.Source.SENDER, "", ""));
        }
        if (sender.grade() != null) {
            claims.put(Key.GRADE, new Claim(sender.grade().toString(), Claim.Source.SENDER, "", ""));
        }
        if (sender.year() != null) {
            claims.put(Key.YEAR, new Claim(sender.year().toString(), Claim.Source.SENDER, "", ""));
        }
        return claims;
    }

    private static Map<Key, Claim> claims(NameTokens tokens, Claim.Source source, String sheet) {
        Map<Key, Claim> claims = new java.util.EnumMap<>(Key.class);
        put(claims, Key.SCHOOL, tokens.school, source, sheet);
        put(claims, Key.SUBJECT, tokens.subject, source, sheet);
        put(claims, Key.GRADE, tokens.grade, source, sheet);
        put(claims, Key.YEAR, tokens.year, source, sheet);
        return claims;
    }

    private static void put(Map<Key, Claim> claims, Key key, String value, Claim.Source source, String sheet) {
        if (value != null) {
            claims.put(key, new Claim(value, source, sheet, ""));
        }
    }
}
