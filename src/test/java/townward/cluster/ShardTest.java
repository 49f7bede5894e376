package townward.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void everyIndexBelongsToExactlyOneShardForAnyCount() {
        for (int n = 1; n <= 40; n++) {
            for (int total : new int[] {0, 1, n - 1, n, n + 1, 7 * n + 3, 1000}) {
                int[] owners = new int[Math.max(total, 0)];
                int sum = 0;
                for (int i = 0; i < n; i++) {
                    Shard s = new Shard(i, n);
                    for (int k = 0; k < total; k++) {
                        if (s.owns(k)) {
                            owners[k]++;
                            sum++;
                            assertEquals(s, Shard.owner(k, n));
                        }
                    }
                }
                assertEquals(total, sum, n + " shards of " + total);
                for (int k = 0; k < total; k++) {
                    assertEquals(1, owners[k], "item " + k + " of " + total + " among " + n + " shards");
                }
            }
        }
    }

    @Test
    void sharesDifferByAtMostOne() {
        int n = 8;
        int total = 1003;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 0; i < n; i++) {
            int mine = 0;
            for (int k = 0; k < total; k++) {
                mine += new Shard(i, n).owns(k) ? 1 : 0;
            }
            min = Math.min(min, mine);
            max = Math.max(max, mine);
        }
        assertTrue(max - min <= 1, min + ".." + max);
    }

    @Test
    void parsesAndNamesItsArea() {
        Shard s = Shard.parse("3/8");
        assertEquals(new Shard(3, 8), s);
        assertEquals("3/8", s.toString());
        assertEquals("3-of-8", s.area());
        assertEquals(s, Shard.ofArea("3-of-8"));
        assertNull(Shard.ofArea("8-of-8"));
        assertNull(Shard.ofArea("parts"));
    }

    @Test
    void badSpecsGiveOneLineNamingTheOptionAndTheExpectedForm() {
        for (String bad : new String[] {"", "3", "8/8", "9/8", "-1/8", "1/0", "a/b", "1/8/2", "1 of 8"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("--shard expects I/N"), e.getMessage());
            assertTrue(e.getMessage().contains("'" + bad + "'"), e.getMessage());
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
