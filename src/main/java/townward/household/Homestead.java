package townward.household;

/** Status of a household's village homestead (宅基地). */
public final class Homestead {
    public static final byte OCCUPIED = 0;
    public static final byte VACANT = 1;
    public static final byte RENTED = 2;
    public static final byte SWAPPED = 3;
    public static final byte EXITED = 4;

    private Homestead() {
    }

    /** Whether the household still holds the homestead (it can be swapped, exited or rented out). */
    public static boolean held(int status) {
        return status <= RENTED;
    }
}
