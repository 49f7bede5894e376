package townward.economy;

import java.util.SplittableRandom;
import townward.model.Phase;
import townward.model.Region;
import townward.model.Streams;
import townward.model.YearPhase;
import townward.place.Settlement;
import townward.policy.ActivePolicy;
import townward.scenario.Lever;

/**
 * Phase 4: posts grow (base growth and industrial parks), wages move, housing completions, government purchases
 * and swap flats add stock, and prices respond to last year's sales (MODEL.md section 3 step 4).
 */
public final class TownEconomy implements YearPhase {
    /** Assumed share of the offered stock that sells in a normal year; faster sales raise prices, slower lower them. */
    private static final double NORMAL_ABSORPTION = 0.3;

    @Override
    public void run(Region r) {
        var e = r.scenario.economy();
        // each index grows at the rate its series gives for this year (MODEL.md 6.2)
        double growth = e.wageGrowthIn(r.year);
        r.wageIndex *= 1 + growth;
        r.farmIndex *= 1 + e.farmIncomeGrowth();
        r.systems.advance(r.year);
        ActivePolicy p = r.policy;
        double scale = r.scale();
        SplittableRandom rng = r.streams.phase(r.year, Phase.TOWN_ECONOMY);
        for (Settlement s : r.settlements) {
            int i = s.index;
            int park = Streams.roundStochastic(p.parkPosts[i] * scale, rng);
            double added = s.posts * s.spec.jobs().growth() + park;   // new jobs: base growth and the park's
            s.posts += added;
            r.tally.postsAdded += added;
            r.costs.book("industrial_park", park * p.parkCostPerPost[i] / scale);
            flexibleJobs(r, s, rng);
            int built = Streams.roundStochastic(s.spec.housing().completions() * scale, rng);
            // part of the new stock is let: without it the rental stock of the start is let within a few years and
            // families can then only move by buying, while unsold flats pile up
            int let = Math.min(built, Streams.roundStochastic(built * s.spec.housing().rentalShare(), rng));
            s.rentalUnits += let;
            s.rentalsLet = let;
            built -= let;
            s.offeredLastYear = s.marketUnits + s.soldLastYear;
            double absorption = s.offeredLastYear > 0 ? (double) s.soldLastYear / s.offeredLastYear : NORMAL_ABSORPTION;
            double factor = (1 + growth) * (1 + e.priceElasticity() * (absorption - NORMAL_ABSORPTION));
            s.price *= factor;
            s.affordablePrice *= factor;
            s.marketUnits += built;
            s.soldLastYear = 0;
            governmentPurchase(r, s, rng);
            int swap = Streams.roundStochastic(p.swapFlats[i] * scale, rng);
            s.swapFlats += swap;
            r.costs.book("homestead_swap", swap * p.swapCostPerFlat[i] / scale);
            s.updateIncumbentPosts();
        }
    }

    /** Jobs reserved for carers (flexible_employment) are added to the place's stock, which outlasts the lever. */
    private static void flexibleJobs(Region r, Settlement s, SplittableRandom rng) {
        ActivePolicy p = r.policy;
        int i = s.index;
        if (p.flexibleJobs[i] <= 0) {
            return;
        }
        s.flexibleJobs += Streams.roundStochastic(p.flexibleJobs[i] * r.scale(), rng);
        s.flexibleMonths = p.flexibleMonths[i];
        s.flexibleWageRatio = p.flexibleWageRatio[i];
    }

    /** Existing flats (at most the lever's size) are bought from the market stock for affordable rent or sale. */
    private static void governmentPurchase(Region r, Settlement s, SplittableRandom rng) {
        ActivePolicy p = r.policy;
        int i = s.index;
        int units = Math.min(s.marketUnits, Streams.roundStochastic(p.purchaseUnits[i] * r.scale(), rng));
        if (units <= 0) {
            return;
        }
        double m2 = Math.min(s.spec.housing().flatM2(), p.purchaseMaxM2[i]);
        s.marketUnits -= units;
        if (p.purchaseUse[i] == Lever.AffordableUse.SALE) {
            s.purchasedSaleUnits += units;
            s.purchasedPrice = s.price * m2 * p.purchasePriceShare[i];
        } else {
            s.purchasedRentUnits += units;
            double rent = Double.isNaN(p.purchaseRent[i]) ? s.spec.housing().affordableRent() : p.purchaseRent[i];
            s.purchasedRent = rent;
        }
        r.tally.flatsPurchased += units;
        r.costs.book("government_purchase", units * s.price * m2 / r.scale());
    }
}
