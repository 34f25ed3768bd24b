package ru.vprsvod.web;

import java.util.List;
import ru.vprsvod.consolidation.StatusBoard;
import ru.vprsvod.reference.School;

/**
 * On «Сводка»: the filter «только не сдано / отклонено» and the list of schools that still owe work, with the
 * head's name and the address to call or write to — what the coordinator goes through on the last days.
 */
final class OwingSchools {

    private OwingSchools() {
    }

    /** Whether a school still owes something: a work not sent, or a work whose files were all rejected. */
    static boolean owes(StatusBoard.Row row) {
        return row.cells().stream().anyMatch(OwingSchools::owed);
    }

    private static boolean owed(StatusBoard.Cell cell) {
        return cell.state() == StatusBoard.State.MISSING || cell.state() == StatusBoard.State.REJECTED;
    }

    static List<StatusBoard.Row> rows(StatusBoard board, boolean onlyOwing) {
        return onlyOwing ? board.rows().stream().filter(OwingSchools::owes).toList() : board.rows();
    }

    /** The two views of the matrix, the chosen one marked. */
    static String filter(int year, boolean onlyOwing) {
        String all = "/?year=" + year;
        String owing = all + "&amp;owing=1";
        return "<p class=filter>Показать: " + (onlyOwing ? "<a href=\"" + all + "\">все школы</a> · <strong aria-current=true>только"
                + " не сдано / отклонено</strong>" : "<strong aria-current=true>все школы</strong> · <a href=\"" + owing
                + "\">только не сдано / отклонено</a>") + " · <a href=\"/summary.xlsx?year=" + year + "\">Скачать сводку (.xlsx)</a></p>";
    }

    /** The schools that owe work, each with what it owes and whom to contact. */
    static String list(StatusBoard board) {
        List<StatusBoard.Row> owing = board.rows().stream().filter(OwingSchools::owes).toList();
        if (owing.isEmpty()) {
            return "<p class=ok role=status>Все школы сдали все работы.</p>";
        }
        StringBuilder b = new StringBuilder("<h2 id=owing>Школы, которые ещё должны работы (").append(owing.size())
                .append(")</h2><div class=scroll><table class=owing><thead><tr><th scope=col>Школа</th><th scope=col>Руководитель</th>")
                .append("<th scope=col>Адрес</th><th scope=col>Не сдано</th><th scope=col>Отклонено, ждём исправленный файл</th>")
                .append("</tr></thead><tbody>");
        for (StatusBoard.Row row : owing) {
            School s = row.school();
            b.append("<tr><th scope=row>").append(Html.escape(s.shortName())).append(" <small>").append(Html.escape(s.login()))
                    .append("</small></th><td>").append(Html.escape(join(s.headPosition(), s.headName()))).append("</td><td>")
                    .append(Html.escape(s.address())).append("</td><td>").append(works(row, StatusBoard.State.MISSING))
                    .append("</td><td>").append(works(row, StatusBoard.State.REJECTED)).append("</td></tr>");
        }
        return b.append("</tbody></table></div>").toString();
    }

    private static String works(StatusBoard.Row row, StatusBoard.State state) {
        List<String> names = row.cells().stream().filter(c -> c.state() == state)
                .map(c -> c.work().subject() + ", " + c.work().grade() + " кл.").toList();
        return names.isEmpty() ? "<span class=muted>—</span>" : Html.escape(String.join("; ", names));
    }

    private static String join(String position, String name) {
        String p = position == null ? "" : position.strip();
        String n = name == null ? "" : name.strip();
        return p.isEmpty() ? n : n.isEmpty() ? p : p + " " + n;
    }
}
