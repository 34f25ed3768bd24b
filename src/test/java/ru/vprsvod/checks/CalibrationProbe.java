package ru.vprsvod.checks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import ru.vprsvod.testing.DistrictGenerator;

class CalibrationProbe {
    @Test
    void probe() throws Exception {
        Map<String, Integer> cleanFlags = new TreeMap<>();
        Map<String, Integer> plantedHit = new TreeMap<>();
        long n = Long.getLong("seeds", 3);
        for (long seed = 1; seed <= n; seed++) {
            Path dir = Files.createTempDirectory("probe");
            DistrictGenerator d = DistrictGenerator.generate(DistrictGenerator.Settings.standard(seed));
            Findings f = GeneratedDistrict.check(d, dir);
            YearFindings y = f.year(2026).orElseThrow();
            for (SchoolFindings s : y.schools()) {
                DistrictGenerator.GeneratedSchool g = d.schools().stream().filter(x -> x.login().equals(s.school().login())).findFirst().orElseThrow();
                if (g.plant() == null || g.plant() == DistrictGenerator.Plant.HONEST_LYCEUM) {
                    for (Flag fl : s.allFlags()) {
                        cleanFlags.merge(fl.kind(), 1, Integer::sum);
                        System.out.println("CLEAN " + seed + " " + g.login() + " " + g.plant() + " " + fl.text());
                    }
                } else {
                    java.util.Set<String> kinds = new java.util.TreeSet<>();
                    s.allFlags().forEach(fl -> kinds.add(fl.rule().name()));
                    plantedHit.merge(g.plant() + " " + kinds, 1, Integer::sum);
                }
            }
            System.out.println("DISTRICT " + seed + " " + GeneratedDistrict.summary(dir));
        }
        System.out.println("CLEAN FLAGS " + cleanFlags);
        System.out.println("PLANTED " + plantedHit);
    }
}
