package townward.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official rows of {@code data/urbanization.csv} (region, year → urbanization rate as a share, population in
 * 万人), and the cross-province shares of outside migrants of {@code data/migrant_workers.csv} beside it (P9). The
 * fit reads nothing else.
 */
public final class Observations {

    private final Map<String, Double> rate = new HashMap<>();
    /** Region → year → population (万人). */
    private final Map<String, TreeMap<Integer, Double>> population = new HashMap<>();
    /** Region|year → cross-province share of outside migrants (share). */
    private final Map<String, Double> crossProvince = new HashMap<>();
    private static final String MIGRANTS = "migrant_workers.csv";
    private static final String CROSS_PROVINCE = "cross_province_share_of_outside";

    private Observations() {
    }

    public static Observations load(Path csv) throws CalibrationException {
        Observations o = new Observations();
        List<String> lines;
        try {
            lines = Files.readAllLines(csv);
        } catch (IOException e) {
            throw new CalibrationException("cannot read " + csv);
        }
        if (lines.isEmpty() || !lines.get(0).startsWith("region,year,urban_rate_pct,total_pop_wan")) {
            throw new CalibrationException(csv + ": expected the header region,year,urban_rate_pct,total_pop_wan,...");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f.length < 4) {
                continue;
            }
            String key = f[0] + "|" + f[1];
            if (!f[2].isBlank()) {
                o.rate.put(key, new java.math.BigDecimal(f[2].trim()).movePointLeft(2).doubleValue());   // 53.30 -> 0.533 exactly
            }
            if (!f[3].isBlank()) {
                o.population.computeIfAbsent(f[0], k -> new TreeMap<>()).put(Integer.parseInt(f[1].trim()),
                        Double.parseDouble(f[3]));
            }
        }
        o.migrants(csv.resolveSibling(MIGRANTS));
        return o;
    }

    /** Rows indicator,region,year,value,...; the notes after the value may hold quoted commas, never before it. */
    private void migrants(Path csv) throws CalibrationException {
        if (!Files.exists(csv)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(csv)) {
                String[] f = line.split(",", 5);
                if (f.length >= 4 && CROSS_PROVINCE.equals(f[0]) && !f[3].isBlank()) {
                    crossProvince.put(f[1] + "|" + f[2].trim(),
                            new java.math.BigDecimal(f[3].trim()).movePointLeft(2).doubleValue());
                }
            }
        } catch (IOException | NumberFormatException e) {
            throw new CalibrationException("cannot read " + csv + ": " + e.getMessage());
        }
    }

    /** The observed cross-province share of outside migrants (share), or null. */
    public Double crossProvinceShare(String region, int year) {
        return crossProvince.get(region + "|" + year);
    }

    /** The observed rate (share), or null when data/ has no such row. */
    public Double rate(String region, int year) {
        return rate.get(region + "|" + year);
    }

    /**
     * The population in 万人 of a year: its row, else the straight line between the nearest rows before and after
     * (as the calibration scenarios derive a start population between censuses), else null.
     */
    public Double populationAt(String region, int year) {
        TreeMap<Integer, Double> rows = population.getOrDefault(region, new TreeMap<>());
        Map.Entry<Integer, Double> before = rows.floorEntry(year);
        Map.Entry<Integer, Double> after = rows.ceilingEntry(year);
        if (before == null || after == null) {
            return null;
        }
        if (before.getKey() == year) {
            return before.getValue();
        }
        return before.getValue() + (after.getValue() - before.getValue()) * (year - before.getKey())
                / (after.getKey() - before.getKey());
    }

    /** The observed population in 万人, or null. */
    public Double population(String region, int year) {
        TreeMap<Integer, Double> rows = population.get(region);
        return rows == null ? null : rows.get(year);
    }
}
