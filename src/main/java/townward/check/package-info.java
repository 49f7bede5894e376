/**
 * Checks of a run's outputs against what must hold whatever the scenario: persons conserved year by year, no
 * negative price, stock, vacancy or cost, no NaN or infinity. Used by {@code run --check} and the reliability
 * tests; the model's own state invariants are tested in the model's tests.
 */
package townward.check;
