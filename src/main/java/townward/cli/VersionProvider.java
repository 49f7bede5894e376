package townward.cli;

import picocli.CommandLine.IVersionProvider;
import townward.collect.Manifest;

/** {@code townward <version>} from the jar's Maven metadata ({@code dev} when run from classes). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {
            "townward " + Manifest.currentVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
        };
    }
}
