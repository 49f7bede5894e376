package townward.place;

import townward.scenario.Place;
import townward.scenario.PlaceKind;

/**
 * Yearly state of a township, town, county seat or city (MODEL.md section 2). Capacities are in simulated units
 * (real units x scale, rounded stochastically); money in current yuan. Mutated only by the phases.
 */
public final class Settlement {
    public final int index;
    public final Place spec;
    public final int county;
    public final double lon;
    public final double lat;

    /** Urban statistical code: true for towns and above, and for townships made towns (撤乡设镇). */
    public boolean urban;
    public boolean hukouOpen;
    public boolean openEnrolment;
    public double builtUpKm2;
    public final UrbanCohorts cohorts;

    // jobs
    public double posts;
    /** Posts held by urban residents already there (cohorts); the rest are open to households. */
    public double incumbentPosts;
    /** Share of the incumbents' working-age people holding a post, fixed at the start. */
    private double incumbentEmployment;
    /** Posts held by members of rural-origin households (living there or commuting), counted each year. */
    public int postsHeld;
    /** Labour force last year: incumbents' workers plus household workers there or commuting. */
    public double labourForce;
    /** Adults of village households commuting here last year (not in the labour force: they hold no posts). */
    public double commuters;
    public double wage;
    public double informalWage;
    public double wagePremium;

    // housing (vacant units)
    public int marketUnits;
    public int rentalUnits;
    /** Flats of this year's completions let rather than sold (added to rentalUnits). */
    public int rentalsLet;
    public int affordableRentUnits;
    public int affordableSaleUnits;
    public int swapFlats;
    /** Existing flats bought by the government (government_purchase), for affordable rent or sale. */
    public int purchasedRentUnits;
    public int purchasedSaleUnits;
    public double purchasedRent;
    public double purchasedPrice;
    public double price;
    public double rent;
    public double affordableRent;
    public double affordablePrice;
    /** Purchases and units on offer in the last year, for the price response. */
    public int soldLastYear;
    public int offeredLastYear;

    // schools: free seats for pupils of rural households, by stage (index = Stage)
    public final int[] freeSeats = new int[4];
    public final int[] usedSeats = new int[4];

    public Settlement(int index, Place spec, int county, double lon, double lat, double cohortPeople,
                      int startYear) {
        this.index = index;
        this.spec = spec;
        this.county = county;
        this.lon = lon;
        this.lat = lat;
        this.urban = spec.kind().urbanByDefault();
        this.hukouOpen = spec.hukouOpen();
        this.openEnrolment = spec.schools().openEnrolment();
        this.builtUpKm2 = spec.builtUpKm2();
        this.cohorts = new UrbanCohorts(cohortPeople, spec.urbanHukouShare(), startYear);
        this.wage = spec.jobs().wage();
        this.informalWage = spec.jobs().informalWage();
        this.price = spec.housing().price();
        this.rent = spec.housing().rent();
        this.affordableRent = spec.housing().affordableRent();
        this.affordablePrice = spec.housing().affordablePrice();
    }

    /** Fixes the incumbents' employment rate from the posts they hold at the start. */
    public void setIncumbentPosts(double held) {
        double working = cohorts.workingAge();
        incumbentEmployment = working > 0 ? Math.min(1, held / working) : 0;
        incumbentPosts = held;
    }

    /** Incumbents keep their employment rate as their cohorts change, within the posts not held by households. */
    public void updateIncumbentPosts() {
        incumbentPosts = Math.max(0, Math.min(posts - postsHeld, incumbentEmployment * cohorts.workingAge()));
    }

    public String name() {
        return spec.name();
    }

    public PlaceKind kind() {
        return spec.kind();
    }

    public boolean demonstration() {
        return spec.demonstration();
    }

    /** Vacant posts open to newcomers. */
    public double vacancies() {
        return Math.max(0, posts - incumbentPosts - postsHeld);
    }

    /**
     * Probability that a commuter here works in a post: the vacancies residents leave, shared among last year's
     * commuters. Residents are hired first, so commuting does not lower their chances.
     */
    public double commuterEmploymentProbability() {
        return commuters <= 0 ? 1 : Math.min(1, vacancies() / commuters);
    }

    /** Posts worked by commuters: as many vacancies as there were commuters. */
    public double commuterPosts() {
        return Math.min(vacancies(), commuters);
    }

    /** Probability that a worker here holds a post (Harris-Todaro), from last year's labour force. */
    public double employmentProbability() {
        double filled = incumbentPosts + postsHeld;
        return labourForce <= 0 ? 1 : Math.min(1, filled / labourForce);
    }
}
