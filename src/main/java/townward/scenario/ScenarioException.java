package townward.scenario;

import java.util.List;

/** A scenario that cannot be used, with every problem found. */
public final class ScenarioException extends Exception {

    private final transient List<ValidationError> errors;

    public ScenarioException(List<ValidationError> errors) {
        super(errors.size() + " error(s) in scenario");
        this.errors = List.copyOf(errors);
    }

    public List<ValidationError> errors() {
        return errors;
    }
}
