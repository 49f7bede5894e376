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

    @Test
    void cursorDrawsTheStreamsNumbersFromAnyPosition() {
        Streams.Cursor c = new Streams.Cursor();
        for (long seed : new long[] {0, 1, 20240101, -7, Long.MAX_VALUE}) {
            Streams s = new Streams(seed);
            for (int h = 0; h < 500; h += 3) {
                java.util.SplittableRandom rng = s.household(2024 + h % 30, Phase.ACCOUNTING, h);
                double[] expected = new double[12];
                for (int k = 0; k < expected.length; k++) {
                    expected[k] = rng.nextDouble();
                }
                long streamSeed = s.householdSeed(2024 + h % 30, Phase.ACCOUNTING, h);
                for (int from = 0; from < expected.length; from++) {
                    c.at(streamSeed, from);
                    for (int k = from; k < expected.length; k++) {
                        assertEquals(Double.doubleToRawLongBits(expected[k]), Double.doubleToRawLongBits(c.nextDouble()),
                                h + " " + k);
                    }
                    assertEquals(expected.length, c.drawn());
                }
            }
        }
    }
}
