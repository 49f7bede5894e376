package townward.school;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import townward.household.Households;
import townward.household.Stage;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.model.YearPhase;
import townward.place.Settlement;
import townward.place.Village;
import townward.policy.ActivePolicy;
import townward.scenario.PlaceKind;

/**
 * Phase 5: village primary schools close on the lever's schedule, smallest first (教学点 and small schools go
 * first in practice); seats are added at the targeted urban places; senior seats move to the county seat
 * (MODEL.md section 3 step 5); day pupils go by bus to town schools under school_transfer ({@link SchoolTransfer}).
 * Closures act on households only through the school term and boarding costs.
 */
public final class SchoolConsolidation implements YearPhase {
    /** Added seats split between primary and junior in the ratio of the stages' years (6:3). */
    private static final double PRIMARY_SHARE = 2.0 / 3;

    @Override
    public void run(Region r) {
        ActivePolicy p = r.policy;
        SplittableRandom rng = r.streams.phase(r.year, Phase.SCHOOL_CONSOLIDATION);
        int[] size = villageSizes(r);
        for (int c = 0; c < r.countyNames.size(); c++) {
            if (p.closeShare[c] > 0) {
                r.tally.villageSchoolsClosed += closeSmallest(r, c, p.closeShare[c], size, rng);
            }
        }
        for (Settlement s : r.settlements) {
            int seats = Streams.roundStochastic(p.seatsAdded[s.index] * r.scale(), rng);
            if (seats > 0) {
                int primary = (int) Math.round(seats * PRIMARY_SHARE);
                s.freeSeats[Stage.PRIMARY] += primary;
                s.freeSeats[Stage.JUNIOR] += seats - primary;
                r.tally.seatsAdded += seats;
                r.costs.book("school_consolidation", seats * p.seatCost[s.index] / r.scale());
            }
            if (s.kind() == PlaceKind.TOWN && p.seniorToCountySeat[s.county] && s.freeSeats[Stage.SENIOR] > 0) {
                Settlement seat = r.settlements.get(r.countySeat[s.county]);
                seat.freeSeats[Stage.SENIOR] += s.freeSeats[Stage.SENIOR];
                s.freeSeats[Stage.SENIOR] = 0;
            }
        }
        SchoolTransfer.run(r, rng);
    }

    /**
     * Closes the given share (rounded stochastically) of county c's open village primaries, smallest first
     * (教学点 and small schools go first in practice); returns how many closed. Also sets the start state
     * ({@code villages.closed_school_share}).
     */
    public static int closeSmallest(Region r, int c, double share, int[] size, SplittableRandom rng) {
        List<Village> open = new ArrayList<>();
        for (Village v : r.villages) {
            if (v.county == c && v.schoolOpen && !v.urban) {
                open.add(v);
            }
        }
        open.sort(Comparator.comparingInt((Village v) -> size[v.index]).thenComparingInt(v -> v.index));
        int close = Math.min(open.size(), Streams.roundStochastic(share * open.size(), rng));
        for (Village v : open.subList(0, close)) {
            v.schoolOpen = false;
        }
        return close;
    }

    public static int[] villageSizes(Region r) {
        int[] size = new int[r.villages.size()];
        Households hh = r.households;
        for (int h = 0; h < hh.size(); h++) {
            if (hh.alive(h)) {
                size[hh.village(h)]++;
            }
        }
        return size;
    }
}
