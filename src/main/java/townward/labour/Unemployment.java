package townward.labour;

import java.util.List;
import townward.place.Settlement;

/** The urban unemployment rate as the labour force survey counts it: seekers with neither a post nor informal work. */
public final class Unemployment {
    private Unemployment() {
    }

    /** Over the urban places, from the labour market's last clearing; {@code none} before any (no labour force). */
    public static double urbanRate(List<Settlement> settlements, double none) {
        double labourForce = 0;
        double unemployed = 0;
        for (Settlement s : settlements) {
            if (s.urban) {
                labourForce += s.labourForce;
                unemployed += (s.labourForce - s.postsFilled()) * (1 - s.informalChanceNow);
            }
        }
        return labourForce > 0 ? unemployed / labourForce : none;
    }
}
