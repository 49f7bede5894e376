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
    /** Working-age in-migrants from mirrored systems living here (set by their phase). */
    public double inMigrantsWorkingAge;

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
    /** Adults of village households commuting here this year. */
    public double commuters;
    /** Posts worked by commuters this year (hired each year, an expected number). */
    public double commuterPosts;
    /** This year's labour pool ({@code labour.LabourMarket}): hires into posts and informal workers. */
    public double hires;
    public double informalWorkers;
    /** This year's chance of a seeker without a post to find informal work. */
    public double informalChanceNow = 1;
    /** The chances households expect, smoothed over the years (MODEL.md 6.1): of a post, of informal work. */
    public double hireChance = 1;
    public double informalChance = 1;
    public double wage;
    public double informalWage;
    public double wagePremium;

    // jobs reserved for carers of accompanied pupils (flexible_employment), in simulated units
    public double flexibleJobs;
    /** Their pay as a share of the place's wage, and months a year, as the last lever over the place set them. */
    public double flexibleWageRatio;
    public double flexibleMonths;
    /** Carers out of work living here this year, and how many hold a reserved job. */
    public double carers;
    public double flexibleWorkers;
    /** A carer's chance of a reserved job: this year's, and the smoothed expectation (as {@link #hireChance}). */
    public double flexibleChanceNow;
    public double flexibleChance;

    /** Yearly earnings a carer out of work expects here (MODEL.md 4, flexible_employment), in start-year yuan. */
    public double flexibleEarnings(boolean realized) {
        return (realized ? flexibleChanceNow : flexibleChance) * flexibleWageRatio * wage * flexibleMonths;
    }

    /** A post's monthly wage in start-year yuan: the place's wage with this year's industrial-park premium. */
    public double postWage() {
        return wage * (1 + wagePremium);
    }

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

    /** Working-age incumbents: the cohorts and the in-migrants from mirrored systems, who hold posts alike. */
    public double incumbentWorkingAge() {
        return cohorts.workingAge() + inMigrantsWorkingAge;
    }

    /** Fixes the incumbents' employment rate from the posts they hold at the start. */
    public void setIncumbentPosts(double held) {
        double working = incumbentWorkingAge();
        incumbentEmployment = working > 0 ? Math.min(1, held / working) : 0;
        incumbentPosts = held;
    }

    /** Incumbents keep their employment rate as their cohorts change, within the posts not held by households. */
    public void updateIncumbentPosts() {
        incumbentPosts = Math.max(0, Math.min(posts - postsHeld, incumbentEmployment * incumbentWorkingAge()));
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

    /** Posts not held: by incumbents, by household members living here, or by commuters. */
    public double vacancies() {
        return Math.max(0, posts - incumbentPosts - postsHeld - commuterPosts);
    }

    public double postsFilled() {
        return incumbentPosts + postsHeld + commuterPosts;
    }

    /** Share of the labour force holding a post. */
    public double employmentRate() {
        return labourForce <= 0 ? 0 : Math.min(1, postsFilled() / labourForce);
    }
}
