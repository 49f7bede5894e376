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
    /** Scratch of the rebuild: the next free row of each household. */
    private int[] cursor = new int[0];

    /** One buffer of the person columns; two are kept so the yearly rebuild allocates nothing in steady state. */
    private static final class Columns {
        int[] pid;
        int[] household;
        int[] spouse;
        int[] mother;
        byte[] age;
        byte[] sex;
        byte[] flags;

        Columns(int cap) {
            pid = new int[cap];
            household = new int[cap];
            spouse = new int[cap];
            mother = new int[cap];
            age = new byte[cap];
            sex = new byte[cap];
            flags = new byte[cap];
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

    /** Marries two persons (both rows live). */
    public void marry(int a, int b) {
        now.spouse[a] = now.pid[b];
        now.spouse[b] = now.pid[a];
        set(a, EVER_MARRIED);
        set(b, EVER_MARRIED);
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

    /** Clears the flags of last year's events; called before this year's demography. */
    public void newYear() {
        for (int i = 0; i < size; i++) {
            now.flags[i] &= (byte) ~YEARLY;
        }
    }

    /** Clears only the moves of the last rebuild (JOINED), leaving this year's events. */
    public void clearJoined() {
        for (int i = 0; i < size; i++) {
            now.flags[i] &= (byte) ~JOINED;
        }
    }

    /**
     * Re-sorts the rows by household (stable: members keep their order, newcomers follow), dropping the persons
     * marked {@link #GONE}, and extends the index to {@code householdCount} households.
     */
    public void rebuild(int householdCount) {
        if (first.length < householdCount + 1) {
            first = Arrays.copyOf(first, householdCount + 1 + (householdCount >> 3));
        }
        Arrays.fill(first, 0, householdCount + 1, 0);
        int live = 0;
        for (int i = 0; i < size; i++) {
            if ((now.flags[i] & GONE) == 0) {
                first[now.household[i] + 1]++;
                live++;
            }
        }
        for (int h = 0; h < householdCount; h++) {
            first[h + 1] += first[h];
        }
        if (spare.capacity() < live) {
            spare = new Columns(live + (live >> 3) + 16);
        }
        if (cursor.length < householdCount) {
            cursor = new int[householdCount + (householdCount >> 3)];
        }
        int[] at = cursor;
        System.arraycopy(first, 0, at, 0, householdCount);
        for (int i = 0; i < size; i++) {
            if ((now.flags[i] & GONE) != 0) {
                continue;
            }
            int j = at[now.household[i]]++;
            spare.pid[j] = now.pid[i];
            spare.household[j] = now.household[i];
            spare.spouse[j] = now.spouse[i];
            spare.mother[j] = now.mother[i];
            spare.age[j] = now.age[i];
            spare.sex[j] = now.sex[i];
            spare.flags[j] = now.flags[i];
        }
        Columns t = now;
        now = spare;
        spare = t;
        size = live;
        households = householdCount;
    }
}
