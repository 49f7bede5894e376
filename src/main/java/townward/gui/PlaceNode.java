package townward.gui;

import java.awt.Color;
import townward.household.Stage;
import townward.household.Tenure;
import townward.place.Settlement;

/**
 * A township, town, county seat or city on the map. Its getters are what the place's inspector shows, in real
 * units (simulated counts divided by the scale): population, posts, vacancies, housing by tenure, school seats.
 */
public final class PlaceNode implements RegionMap.Node {
    private final Settlement s;
    private final String county;
    private final double scale;
    private final RegionMap map;
    // set each year by RegionMap.update
    double population;
    double builtUpResidents;
    double moversTo;
    final double[] householdsByTenure = new double[Tenure.COUNT];
    double wageIndex = 1;

    PlaceNode(Settlement s, String county, double scale, RegionMap map) {
        this.s = s;
        this.county = county;
        this.scale = scale;
        this.map = map;
    }

    Settlement settlement() {
        return s;
    }

    @Override
    public double diameter() {
        return map.placeDiameter(population);
    }

    @Override
    public Color fill() {
        return Palette.place(s.kind(), s.urban);
    }

    @Override
    public Color ring() {
        return s.demonstration() ? Palette.DEMONSTRATION_RING : null;
    }

    @Override
    public String label() {
        return s.name();
    }

    @Override
    public String toString() {
        return s.name();
    }

    private double real(double simulated) {
        return Math.rint(simulated / scale);
    }

    public String getName() { return s.name(); }
    public String getKind() { return s.kind().key(); }
    public String getCounty() { return county; }
    public boolean isUrban() { return s.urban; }
    public boolean isDemonstrationTown() { return s.demonstration(); }
    public boolean isHukouOpen() { return s.hukouOpen; }
    public boolean isOpenEnrolment() { return s.openEnrolment; }

    public double getPopulation() { return Math.rint(population); }
    public double getBuiltUpResidents() { return Math.rint(builtUpResidents); }
    public double getMoversToThisYear() { return Math.rint(moversTo); }

    public double getPosts() { return real(s.posts); }
    public double getPostsFilled() { return real(s.incumbentPosts + s.postsHeld); }
    public double getVacancies() { return real(s.vacancies()); }
    public double getEmploymentRate() { return s.employmentRate(); }
    public double getWageMonthly() { return Math.rint(s.postWage() * wageIndex); }

    public double getPricePerM2() { return Math.rint(s.price); }
    public double getMarketRentYearly() { return Math.rint(s.rent); }
    public double getVacantMarketFlats() { return real(s.marketUnits); }
    public double getVacantRentalFlats() { return real(s.rentalUnits); }
    public double getVacantAffordableFlats() {
        return real(s.affordableRentUnits + s.affordableSaleUnits + s.purchasedRentUnits + s.purchasedSaleUnits);
    }
    public double getVacantSwapFlats() { return real(s.swapFlats); }

    public double getHouseholdsMarketRent() { return real(householdsByTenure[Tenure.MARKET_RENT]); }
    public double getHouseholdsOwned() { return real(householdsByTenure[Tenure.OWNED]); }
    public double getHouseholdsSwapFlat() { return real(householdsByTenure[Tenure.SWAP]); }
    public double getHouseholdsAffordableRent() { return real(householdsByTenure[Tenure.AFFORDABLE_RENT]); }
    public double getHouseholdsAffordableOwned() { return real(householdsByTenure[Tenure.AFFORDABLE_OWNED]); }
    public double getHouseholdsResettled() { return real(householdsByTenure[Tenure.RESETTLED]); }

    public double getPrimarySeatsUsed() { return real(s.usedSeats[Stage.PRIMARY]); }
    public double getPrimarySeatsFree() { return real(s.freeSeats[Stage.PRIMARY]); }
    public double getJuniorSeatsUsed() { return real(s.usedSeats[Stage.JUNIOR]); }
    public double getJuniorSeatsFree() { return real(s.freeSeats[Stage.JUNIOR]); }
    public double getSeniorSeatsUsed() { return real(s.usedSeats[Stage.SENIOR]); }
    public double getSeniorSeatsFree() { return real(s.freeSeats[Stage.SENIOR]); }
}
