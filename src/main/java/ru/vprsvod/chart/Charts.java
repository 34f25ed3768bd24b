package ru.vprsvod.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.statistics.Percent;
import ru.vprsvod.statistics.WorkStats;

/**
 * The two charts FIS OKO reports show, drawn on the server with XChart: the mark distribution of a school beside
 * the district's, and the primary-score histogram whose bars are coloured by the mark each score gets, so the
 * boundaries of «3», «4», «5» are visible at a glance. Used by the web pages and the documents alike.
 */
public final class Charts {

    private static final Logger log = LoggerFactory.getLogger(Charts.class);

    /** One colour per mark «2»..«5», the same in every chart. */
    private static final Color[] MARK_COLORS = {
        new Color(0xC6, 0x28, 0x28), new Color(0xF2, 0x9B, 0x1D), new Color(0x7C, 0xB3, 0x42), new Color(0x2E, 0x7D, 0x32)};
    private static final Color SCHOOL = new Color(0x1F, 0x5F, 0xA8);
    private static final Color DISTRICT = new Color(0xA0, 0xA0, 0xA0);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);

    private Charts() {
    }

    /**
     * Shares of «2», «3», «4», «5» (%) of a group beside the district's. Empty when the machine cannot draw (no
     * fonts in a headless system): the caller then leaves the chart out rather than failing the document.
     */
    public static Optional<Png> markDistribution(String title, String groupName, WorkStats group, WorkStats district,
                                                 int width, int height) {
        List<String> marks = List.of("«2»", "«3»", "«4»", "«5»");
        List<Double> ours = shares(group);
        List<Double> theirs = district == null ? null : shares(district);
        return draw(List.of("marks", title, groupName, ours, String.valueOf(theirs), width, height), () -> {
            CategoryChart chart = base(title, width, height, "Отметка", "% участников");
            chart.addSeries(groupName, marks, ours).setFillColor(SCHOOL);
            if (theirs != null) {
                chart.addSeries("Район", marks, theirs).setFillColor(DISTRICT);
            }
            chart.getStyler().setLegendVisible(theirs != null);
            chart.getStyler().setLabelsVisible(true);
            chart.getStyler().setLabelsFont(FONT);
            chart.getStyler().setDecimalPattern("#0.0");
            return chart;
        });
    }

    /**
     * The share of participants (%) at each primary score 0..max, bars coloured by the mark of the score; the legend
     * names each mark's range of scores.
     */
    public static Optional<Png> scoreHistogram(String title, WorkStats stats, Scale scale, int width, int height) {
        List<Integer> scores = new ArrayList<>();
        for (int s = 0; s <= scale.maxScore(); s++) {
            scores.add(s);
        }
        List<String> names = new ArrayList<>();
        List<List<Double>> series = new ArrayList<>();
        for (int mark = 2; mark <= 5; mark++) {
            int from = mark == 2 ? 0 : scale.lowestScoreOf(mark);
            int to = mark == 5 ? scale.maxScore() : scale.lowestScoreOf(mark + 1) - 1;
            List<Double> values = new ArrayList<>();
            for (int s = 0; s <= scale.maxScore(); s++) {
                values.add(s >= from && s <= to && stats.present() > 0 && s <= stats.maxScore() ? stats.scorePercent(s) : 0.0);
            }
            names.add("«" + mark + "»: " + from + "–" + to);
            series.add(values);
        }
        return draw(List.of("scores", title, names, series, width, height), () -> {
            CategoryChart chart = base(title, width, height, "Первичный балл", "% участников");
            for (int i = 0; i < names.size(); i++) {
                chart.addSeries(names.get(i), scores, series.get(i)).setFillColor(MARK_COLORS[i]);
            }
            // Each score belongs to one mark: the series never overlap, so drawing them in one slot keeps bars full width.
            chart.getStyler().setOverlapped(true);
            chart.getStyler().setAvailableSpaceFill(0.9);
            chart.getStyler().setXAxisLabelRotation(scale.maxScore() > 30 ? 90 : 0);
            return chart;
        });
    }

    private static CategoryChart base(String title, int width, int height, String xTitle, String yTitle) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        Styler s = chart.getStyler();
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setChartTitleFont(TITLE);
        s.setLegendFont(FONT);
        s.setLegendPosition(Styler.LegendPosition.OutsideS);
        s.setLegendLayout(Styler.LegendLayout.Horizontal);
        s.setPlotBorderVisible(false);
        s.setLocale(new java.util.Locale("ru", "RU")); // decimal comma in labels
        chart.getStyler().setAxisTitleFont(FONT);
        chart.getStyler().setAxisTickLabelsFont(FONT);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#0");
        chart.getStyler().setPlotGridLinesStroke(new BasicStroke(0.5f));
        chart.getStyler().setPlotGridVerticalLinesVisible(false);
        return chart;
    }

    private static List<Double> shares(WorkStats s) {
        List<Double> shares = new ArrayList<>();
        for (int mark = 2; mark <= 5; mark++) {
            double v = s.markPercent(mark);
            shares.add(Double.isNaN(v) ? 0.0 : Percent.round1(v));
        }
        return shares;
    }

    /**
     * The charts drawn lately, by everything they are drawn from. A chart is a pure function of these inputs, so a
     * refresh after one school's file — which fills the documents again with mostly the same figures — takes the
     * unchanged charts from here instead of drawing and PNG-encoding them again (most of a refresh's time). Bounded,
     * a few hundred charts of some kilobytes each (Caffeine, as the other caches).
     */
    private static final com.github.benmanes.caffeine.cache.Cache<List<Object>, Png> DRAWN =
            com.github.benmanes.caffeine.cache.Caffeine.newBuilder().maximumSize(256).build();

    private static Optional<Png> draw(List<Object> inputs, java.util.function.Supplier<CategoryChart> chart) {
        Png kept = DRAWN.getIfPresent(inputs);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Png> drawn = draw(chart);
        drawn.ifPresent(png -> DRAWN.put(inputs, png));
        return drawn;
    }

    private static Optional<Png> draw(java.util.function.Supplier<CategoryChart> chart) {
        try {
            CategoryChart c = chart.get();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // saveBitmap is deprecated in XChart 4; it drew this image and wrote it with ImageIO, as here.
            javax.imageio.ImageIO.write(BitmapEncoder.getBufferedImage(c), "png", out);
            return Optional.of(new Png(out.toByteArray(), c.getWidth(), c.getHeight()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.awt.AWTError | UnsatisfiedLinkError | NoClassDefFoundError e) {
            // A server without fonts or graphics libraries cannot draw; documents are still made without charts.
            log.warn("Charts cannot be drawn on this machine ({}); install fonts (e.g. fonts-dejavu-core)", e.toString());
            return Optional.empty();
        }
    }
}
