package townward.school;

import java.util.SplittableRandom;
import townward.household.Households;
import townward.household.Residence;
import townward.household.Stage;
import townward.model.Region;
import townward.model.Streams;
import townward.place.Settlement;
import townward.place.Village;
import townward.policy.ActivePolicy;

/**
 * The {@code school_transfer} lever (转移农村非寄宿制小学生到城镇就学; MODEL.md 4 and 5.5): each year, up to the lever's
 * number of village primary pupils living at home go by bus to the school of their village's seat, while seats
 * are free there; they keep that seat until they leave primary school or move away with a parent. Where a pupil
 * studies changes, where the family lives does not. The bus is a yearly fiscal cost per pupil.
 */
final class SchoolTransfer {

    private SchoolTransfer() {
    }

    static void run(Region r, SplittableRandom rng) {
        ActivePolicy p = r.policy;
        int places = r.settlements.size();
        double[] quota = new double[places];
        boolean any = false;
        for (Settlement s : r.settlements) {
            double add = Streams.roundStochastic(p.transferSeats[s.index] * r.scale(), rng);
            if (add > 0) {
                s.freeSeats[Stage.PRIMARY] += (int) add;
                r.tally.seatsAdded += add;
                r.costs.book("school_transfer", add * p.transferSeatCost[s.index] / r.scale());
            }
            quota[s.index] = Streams.roundStochastic(p.transferPupils[s.index] * r.scale(), rng);
            any |= quota[s.index] > 0 || p.busCost[s.index] > 0;
        }
        if (!any) {
            return;
        }
        Households hh = r.households;
        double[] bused = new double[places];
        int n = hh.size();
        // a random start in family order spreads the transfers over the villages, the same on any thread count
        int first = n > 0 ? rng.nextInt(n) : 0;
        for (int k = 0; k < n; k++) {
            int h = (first + k) % n;
            if (!hh.alive(h) || Residence.movesChildren(hh.arrangement(h))) {
                continue;
            }
            Village v = r.villages.get(hh.village(h));
            Settlement seat = r.settlements.get(v.seat);
            int day = hh.kids(h, Stage.PRIMARY) - hh.bused(h);
            int take = (int) Math.min(Math.min(day, quota[seat.index]), seat.freeSeats[Stage.PRIMARY]);
            if (take > 0 && seat.urban && !v.urban) {
                hh.setBused(h, hh.bused(h) + take);
                seat.freeSeats[Stage.PRIMARY] -= take;
                seat.usedSeats[Stage.PRIMARY] += take;
                quota[seat.index] -= take;
                r.tally.pupilsTransferred += take;
            }
            bused[seat.index] += hh.bused(h);
        }
        for (Settlement s : r.settlements) {
            if (bused[s.index] > 0) {
                r.costs.book("school_transfer", bused[s.index] * p.busCost[s.index] / r.scale());
            }
        }
    }
}
