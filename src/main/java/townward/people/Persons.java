package townward.people;

import java.util.Arrays;

/**
 * Every member of the region's rural-origin households, one row a person (MODEL.md section 2.4), in household order:
 * the rows of household h are {@code first(h) .. end(h) - 1}. Columns are primitive arrays; there is no object per
 * person. Demography marks deaths and moves during the year and {@link #rebuild} re-sorts the rows once a year by
 * counting sort, dropping those who left: nobody changes household between two rebuilds.
 *
 * <p>Spouse and mother are person numbers ({@code pid}, never reused); a spouse always lives in the same household,
 * and so does the mother of a child under 18, so both are resolved by scanning the household's few rows.
 */
public final class Persons {
    public static final int NONE = -1;
    public static final byte MALE = 0;
    public static final byte FEMALE = 1;

    /** Flags of a person. */
    public static final int URBAN_HUKOU = 1;
    public static final int EVER_MARRIED = 2;
    /** Enrolled in senior school (decided at 15). */
    public static final int SENIOR_PUPIL = 4;
    /** Died or left the region this year: dropped at the next rebuild. */
    public static final int GONE = 8;
    /** Drew a first-marriage event this year (the county's marriage pool). */
    public static final int SEEKS_SPOUSE = 16;
    /** Gave birth this year; the child's sex is {@link #BIRTH_GIRL}. */
    public static final int GAVE_BIRTH = 32;
    public static final int BIRTH_GIRL = 64;
    /** Joined this household at the last rebuild (marriage or separation), or was born into it. */
    public static final int JOINED = 128;
    /** The flags that describe one year only. */
    private static final int YEARLY = SEEKS_SPOUSE | GAVE_BIRTH | BIRTH_GIRL | JOINED;

    private int size;
    private int households;
    private int[] first = new int[17];
    private int nextPid;
    private Columns now;
    private Columns spare;
    /** Scratch of the rebuild: the next index, and the joiners' index by family. */
    private int[] nextFirst = new int[0];
    private int[] joinedStart = new int[0];

    /** One buffer of the person columns; two are kept so the yearly rebuild allocates nothing in steady state. */
    private static final class Columns {
        int[] pid;
        int[] household;
        int[] spouse;
        int[] mother;
        byte[] age;
        byte[] sex;
        byte[] flags;
        /** Where a youth who chose to live apart from the family lives (MODEL.md 5.8): a destination, or NONE. */
        int[] alone;
        /** 1 when that youth holds a formal post there. */
        byte[] post;
        /** College (MODEL.md 10.3): years of study left (> 0), 0 never a student, or -(years since graduating + 1). */
        byte[] college;

        Columns(int cap) {
            pid = new int[cap];
            household = new int[cap];
            spouse = new int[cap];
            mother = new int[cap];
            age = new byte[cap];
            sex = new byte[cap];
            flags = new byte[cap];
            alone = new int[cap];
            post = new byte[cap];
            college = new byte[cap];
        }

        int capacity() {
            return pid.length;
        }

        void grow(int cap) {
            pid = Arrays.copyOf(pid, cap);
            household = Arrays.copyOf(household, cap);
            spouse = Arrays.copyOf(spouse, cap);
            mother = Arrays.copyOf(mother, cap);
            age = Arrays.copyOf(age, cap);
            sex = Arrays.copyOf(sex, cap);
            flags = Arrays.copyOf(flags, cap);
            alone = Arrays.copyOf(alone, cap);
            post = Arrays.copyOf(post, cap);
            college = Arrays.copyOf(college, cap);
        }
    }

    public Persons(int capacity) {
        now = new Columns(Math.max(16, capacity));
        spare = new Columns(16);
    }

    /** Rows in use, including those marked {@link #GONE} and this year's newborns until the rebuild. */
    public int size() {
        return size;
    }

    /** Households covered by the index (the rebuild extends it to households added since). */
    public int households() {
        return households;
    }

    public int first(int h) {
        return first[h];
    }

    public int end(int h) {
        return first[h + 1];
    }

    public int count(int h) {
        return first[h + 1] - first[h];
    }

    /**
     * Appends a person to household h, which must be the last household indexed or the next one: households are
     * generated one after another at the start.
     */
    public int add(int h, int age, byte sex, int flags) {
        if (h == households) {
            if (first.length < h + 2) {
                first = Arrays.copyOf(first, Math.max(h + 2, first.length * 3 / 2));
            }
            households++;
            first[h + 1] = first[h];
        } else if (h != households - 1) {
            throw new IllegalStateException("persons are added to the last household only: " + h);
        }
        int i = append(h, age, sex, flags);
        first[h + 1] = size;
        return i;
    }

    /** Appends a newborn (or any person placed later) to household h; it joins h's rows at the next rebuild. */
    public int addNewborn(int h, byte sex, int motherPid, int flags) {
        int i = append(h, 0, sex, flags | JOINED);
        now.mother[i] = motherPid;
        return i;
    }

    private int append(int h, int age, byte sex, int flags) {
        if (size == now.capacity()) {
            now.grow(size + (size >> 2) + 16);
        }
        int i = size++;
        now.pid[i] = nextPid++;
        now.household[i] = h;
        now.spouse[i] = NONE;
        now.mother[i] = NONE;
        now.alone[i] = NONE;
        now.post[i] = 0;
        now.college[i] = 0;
        now.age[i] = (byte) Math.min(120, age);
        now.sex[i] = sex;
        now.flags[i] = (byte) flags;
        return i;
    }

    public int pid(int i) { return now.pid[i]; }
    public int household(int i) { return now.household[i]; }
    public int age(int i) { return now.age[i]; }
    public void setAge(int i, int age) { now.age[i] = (byte) Math.min(120, age); }
    public int sex(int i) { return now.sex[i]; }
    public boolean female(int i) { return now.sex[i] == FEMALE; }
    public int spouse(int i) { return now.spouse[i]; }
    public int mother(int i) { return now.mother[i]; }
    public void setMother(int i, int motherPid) { now.mother[i] = motherPid; }

    public boolean is(int i, int flag) { return (now.flags[i] & flag) != 0; }
    public void set(int i, int flag) { now.flags[i] |= (byte) flag; }
    public void clear(int i, int flag) { now.flags[i] &= (byte) ~flag; }
    public boolean gone(int i) { return (now.flags[i] & GONE) != 0; }

    /** Marries two persons (both rows live); a youth living apart joins the couple's arrangement. */
    public void marry(int a, int b) {
        now.spouse[a] = now.pid[b];
        now.spouse[b] = now.pid[a];
        liveWithFamily(a);
        liveWithFamily(b);
        set(a, EVER_MARRIED);
        set(b, EVER_MARRIED);
    }

    /** The destination where row i lives apart from its family (MODEL.md 5.8), or {@link #NONE}. */
    public int alone(int i) { return now.alone[i]; }
    public boolean apart(int i) { return now.alone[i] != NONE; }
    /** Row i lives apart from its family at destination d, seeking work there. */
    public void liveAlone(int i, int d) {
        if (now.alone[i] != d) {
            now.post[i] = 0;
        }
        now.alone[i] = d;
    }
    /** Row i lives where its family's arrangement puts it, leaving any post it held apart (and college). */
    public void liveWithFamily(int i) {
        now.alone[i] = NONE;
        now.post[i] = 0;
        if (now.college[i] > 0) {
            now.college[i] = 0;
        }
    }
    /** Whether row i, living apart, holds a formal post at its place. */
    public boolean holdsPost(int i) { return now.post[i] != 0; }
    public void setPost(int i, boolean held) { now.post[i] = (byte) (held ? 1 : 0); }

    /** Row i studies at college at destination d for {@code years} years (MODEL.md 10.3): a member living apart. */
    public void enterCollege(int i, int d, int years) {
        now.alone[i] = d;
        now.post[i] = 0;
        now.college[i] = (byte) Math.max(1, Math.min(100, years));
    }
    /** Whether row i is a college student (group S of MODEL.md 2.4), living apart where the college is. */
    public boolean studying(int i) { return now.college[i] > 0; }
    /** Whether row i has graduated from college. */
    public boolean graduate(int i) { return now.college[i] < 0; }
    /** Years since row i graduated (0 in the graduation year), or -1 if not a graduate. */
    public int yearsSinceGraduation(int i) { return now.college[i] < 0 ? -now.college[i] - 1 : -1; }
    /**
     * A year of college passes for row i: a student has a year less to study and graduates when none is left (then
     * 0 years since graduation); a graduate is a year further from it. Returns whether row i graduated now.
     */
    public boolean collegeYear(int i) {
        byte c = now.college[i];
        if (c > 0) {
            now.college[i] = (byte) (c == 1 ? -1 : c - 1);
            return c == 1;
        }
        if (c < 0 && c > -100) {
            now.college[i] = (byte) (c - 1);
        }
        return false;
    }

    /** Ends a marriage from one side (the other died): the survivor is widowed. */
    public void widow(int i) {
        now.spouse[i] = NONE;
    }

    /** Moves a person to another household at the next rebuild. */
    public void moveTo(int i, int h) {
        now.household[i] = h;
        set(i, JOINED);
    }

    /** The row of person {@code pid} in household h, or {@link #NONE}. */
    public int find(int h, int pid) {
        if (pid == NONE) {
            return NONE;
        }
        for (int i = first[h]; i < first[h + 1]; i++) {
            if (now.pid[i] == pid) {
                return i;
            }
        }
        return NONE;
    }

    /** Clears the flags of last year's events from row i, before this year's demography. */
    public void newYear(int i) {
        now.flags[i] &= (byte) ~YEARLY;
    }

    /** Runs a body over [0, n) in chunks, perhaps in parallel; each chunk writes only its own families' rows. */
    @FunctionalInterface
    public interface Loop {
        void forRange(int n, Body body);
    }

    @FunctionalInterface
    public interface Body {
        void run(int from, int to);
    }

    /**
     * Re-sorts the rows by household, dropping the persons marked {@link #GONE}, and extends the index to
     * {@code householdCount} households. A family's rows are its members who stayed, in their order, then those
     * who joined it this year (married in, moved with a separating couple, born), in row order. The joiners are
     * few and sorted sequentially; the families' rows are counted and copied in parallel chunks.
     */
    public void rebuild(int householdCount, Loop loop) {
        int old = households;
        int[] joined = joinedByFamily(householdCount);
        if (nextFirst.length < householdCount + 1) {
            nextFirst = new int[householdCount + 1 + (householdCount >> 3)];
        }
        int[] next = nextFirst;
        int[] from = first;
        Columns src = now;
        loop.forRange(householdCount, (lo, hi) -> {
            for (int h = lo; h < hi; h++) {
                int stay = 0;
                if (h < old) {
                    for (int i = from[h]; i < from[h + 1]; i++) {
                        stay += (src.flags[i] & (GONE | JOINED)) == 0 ? 1 : 0;
                    }
                }
                next[h + 1] = stay + joinedStart[h + 1] - joinedStart[h];
            }
        });
        next[0] = 0;
        for (int h = 0; h < householdCount; h++) {
            next[h + 1] += next[h];
        }
        int live = next[householdCount];
        if (spare.capacity() < live) {
            spare = new Columns(live + (live >> 3) + 16);
        }
        Columns dst = spare;
        loop.forRange(householdCount, (lo, hi) -> {
            for (int h = lo; h < hi; h++) {
                int j = next[h];
                if (h < old) {
                    for (int i = from[h]; i < from[h + 1]; i++) {
                        if ((src.flags[i] & (GONE | JOINED)) == 0) {
                            copy(src, i, dst, j++);
                        }
                    }
                }
                for (int k = joinedStart[h]; k < joinedStart[h + 1]; k++) {
                    copy(src, joined[k], dst, j++);
                }
            }
        });
        int[] t = first;
        first = nextFirst;
        nextFirst = t;
        Columns c = now;
        now = spare;
        spare = c;
        size = live;
        households = householdCount;
    }

    /** The rows that joined a family this year, grouped by family ({@link #joinedStart} is the index). */
    private int[] joinedByFamily(int householdCount) {
        if (joinedStart.length < householdCount + 1) {
            joinedStart = new int[householdCount + 1 + (householdCount >> 3)];
        }
        java.util.Arrays.fill(joinedStart, 0, householdCount + 1, 0);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if ((now.flags[i] & (GONE | JOINED)) == JOINED) {
                joinedStart[now.household[i] + 1]++;
                n++;
            }
        }
        for (int h = 0; h < householdCount; h++) {
            joinedStart[h + 1] += joinedStart[h];
        }
        int[] rows = new int[n];
        int[] at = java.util.Arrays.copyOf(joinedStart, householdCount);
        for (int i = 0; i < size; i++) {
            if ((now.flags[i] & (GONE | JOINED)) == JOINED) {
                rows[at[now.household[i]]++] = i;
            }
        }
        return rows;
    }

    private static void copy(Columns src, int i, Columns dst, int j) {
        dst.pid[j] = src.pid[i];
        dst.household[j] = src.household[i];
        dst.spouse[j] = src.spouse[i];
        dst.mother[j] = src.mother[i];
        dst.age[j] = src.age[i];
        dst.sex[j] = src.sex[i];
        dst.flags[j] = src.flags[i];
        dst.alone[j] = src.alone[i];
        dst.post[j] = src.post[i];
        dst.college[j] = src.college[i];
    }

    /** As {@link #rebuild(int, Loop)}, sequentially. */
    public void rebuild(int householdCount) {
        rebuild(householdCount, (n, body) -> body.run(0, n));
    }
}
