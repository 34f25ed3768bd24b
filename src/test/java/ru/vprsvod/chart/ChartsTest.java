package ru.vprsvod.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import ru.vprsvod.reference.Scale;
import ru.vprsvod.reference.Task;
import ru.vprsvod.statistics.WorkStats;
import ru.vprsvod.statistics.WorkStatsAccumulator;
import ru.vprsvod.submission.Participant;
import ru.vprsvod.submission.Points;

/** Charts are real PNGs of the asked size; the images are kept under target/ for a person to look at. */
class ChartsTest {

    private static final Scale SCALE = new Scale(20, 6, 10, 15);

    private static WorkStats stats(int... scores) {
        List<Task> tasks = List.of(new Task("1", 20, null));
        WorkStatsAccumulator a = new WorkStatsAccumulator(SCALE, tasks);
        for (int s : scores) {
            a.add(new Participant(1, "c" + s, "4А", "", "", false, 4, Points.of(s), s));
        }
        return a.snapshot();
    }

    private static BufferedImage image(Png png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png.bytes()));
    }

    @Test
    void markDistributionIsAPngOfTheRequestedSize() throws Exception {
        WorkStats school = stats(3, 8, 12, 15, 15, 16, 20);
        WorkStats district = stats(2, 5, 7, 9, 10, 11, 12, 14, 15, 18);
        Png png = Charts.markDistribution("Математика, 4 класс", "МБОУ «СОШ № 1»", school, district, 640, 360).orElseThrow();
        BufferedImage image = image(png);
        assertEquals(640, image.getWidth());
        assertEquals(360, image.getHeight());
        save("marks.png", png);
    }

    @Test
    void histogramColoursBarsByMark() throws Exception {
        WorkStats s = stats(4, 5, 6, 6, 6, 7, 9, 10, 10, 11, 14, 15, 15, 15, 16, 19, 20);
        Png png = Charts.scoreHistogram("Распределение первичных баллов", s, SCALE, 800, 400).orElseThrow();
        BufferedImage image = image(png);
        assertEquals(800, image.getWidth());
        List<Integer> colours = new ArrayList<>();
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                colours.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        assertTrue(colours.contains(0xC62828) && colours.contains(0x2E7D32), "bars of «2» and «5» drawn in their colours");
        save("histogram.png", png);
    }

    /** The refresh after one school's file reuses unchanged charts; a changed figure must still give a new picture. */
    @Test
    void keptChartIsReusedOnlyForTheSameFigures() throws Exception {
        WorkStats school = stats(3, 8, 12, 15, 15, 16, 20);
        Png first = Charts.markDistribution("Русский язык, 5 класс", "МБОУ «СОШ № 2»", school, null, 320, 200).orElseThrow();
        Png again = Charts.markDistribution("Русский язык, 5 класс", "МБОУ «СОШ № 2»", stats(3, 8, 12, 15, 15, 16, 20), null,
                320, 200).orElseThrow();
        Png changed = Charts.markDistribution("Русский язык, 5 класс", "МБОУ «СОШ № 2»", stats(3, 8, 12, 15, 15, 16, 2), null,
                320, 200).orElseThrow();
        assertTrue(first == again, "the same figures give the kept picture");
        assertTrue(!java.util.Arrays.equals(first.bytes(), changed.bytes()), "a changed figure draws a new picture");
    }

    private static void save(String name, Png png) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "charts"));
        Files.write(dir.resolve(name), png.bytes());
    }
}
