package townward.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The allocation-free first draw is the household stream's own first draw, bit for bit. */
class StreamsTest {

    @Test
    void firstUniformIsTheStreamsFirstDraw() {
        for (long seed : new long[] {0, 1, 20240101, -7, Long.MAX_VALUE}) {
            Streams s = new Streams(seed);
            for (Phase phase : Phase.values()) {
                for (int h = 0; h < 2000; h += 7) {
                    int year = 2000 + h % 40;
                    assertEquals(Double.doubleToRawLongBits(s.household(year, phase, h).nextDouble()),
                            Double.doubleToRawLongBits(s.firstUniform(year, phase, h)), phase + " " + h);
                }
            }
        }
    }
}
